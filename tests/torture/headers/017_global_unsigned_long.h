/* torture 017: global unsigned long (written by make_headers.py) */
#ifndef TORTURE_017_H
#define TORTURE_017_H
extern unsigned long tg_unsigned_long;
#ifdef TORTURE_IMPL
unsigned long tg_unsigned_long = 0;
#endif
#endif
