/* torture 026: global const double (written by make_headers.py) */
#ifndef TORTURE_026_H
#define TORTURE_026_H
extern const double tgc_double;
#ifdef TORTURE_IMPL
const double tgc_double = 0;
#endif
#endif
