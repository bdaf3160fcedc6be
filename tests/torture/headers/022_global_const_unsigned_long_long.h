/* torture 022: global const unsigned long long (written by make_headers.py) */
#ifndef TORTURE_022_H
#define TORTURE_022_H
extern const unsigned long long tgc_unsigned_long_long;
#ifdef TORTURE_IMPL
const unsigned long long tgc_unsigned_long_long = 0;
#endif
#endif
