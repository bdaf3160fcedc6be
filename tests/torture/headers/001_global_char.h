/* torture 001: global char (written by make_headers.py) */
#ifndef TORTURE_001_H
#define TORTURE_001_H
extern char tg_char;
#ifdef TORTURE_IMPL
char tg_char = 0;
#endif
#endif
