/* torture 067: global long double (written by make_headers.py) */
#ifndef TORTURE_067_H
#define TORTURE_067_H
extern long double tg_long_double;
#ifdef TORTURE_IMPL
long double tg_long_double = 0;
#endif
#endif
