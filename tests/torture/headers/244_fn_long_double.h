/* torture 244: fn long double (written by make_headers.py) */
#ifndef TORTURE_244_H
#define TORTURE_244_H
long double tfn_10(long double v);
#ifdef TORTURE_IMPL
long double tfn_10(long double v) { return v; }
#endif
#endif
