/* torture 021: global unsigned long long (written by make_headers.py) */
#ifndef TORTURE_021_H
#define TORTURE_021_H
extern unsigned long long tg_unsigned_long_long;
#ifdef TORTURE_IMPL
unsigned long long tg_unsigned_long_long = 0;
#endif
#endif
