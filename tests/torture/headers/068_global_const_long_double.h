/* torture 068: global const long double (written by make_headers.py) */
#ifndef TORTURE_068_H
#define TORTURE_068_H
extern const long double tgc_long_double;
#ifdef TORTURE_IMPL
const long double tgc_long_double = 0;
#endif
#endif
