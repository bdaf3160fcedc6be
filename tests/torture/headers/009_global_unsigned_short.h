/* torture 009: global unsigned short (written by make_headers.py) */
#ifndef TORTURE_009_H
#define TORTURE_009_H
extern unsigned short tg_unsigned_short;
#ifdef TORTURE_IMPL
unsigned short tg_unsigned_short = 0;
#endif
#endif
