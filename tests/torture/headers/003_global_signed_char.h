/* torture 003: global signed char (written by make_headers.py) */
#ifndef TORTURE_003_H
#define TORTURE_003_H
extern signed char tg_signed_char;
#ifdef TORTURE_IMPL
signed char tg_signed_char = 0;
#endif
#endif
