/* torture 005: global unsigned char (written by make_headers.py) */
#ifndef TORTURE_005_H
#define TORTURE_005_H
extern unsigned char tg_unsigned_char;
#ifdef TORTURE_IMPL
unsigned char tg_unsigned_char = 0;
#endif
#endif
