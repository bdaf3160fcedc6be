/* torture 025: global double (written by make_headers.py) */
#ifndef TORTURE_025_H
#define TORTURE_025_H
extern double tg_double;
#ifdef TORTURE_IMPL
double tg_double = 0;
#endif
#endif
