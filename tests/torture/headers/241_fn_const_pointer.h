/* torture 241: fn const pointer (written by make_headers.py) */
#ifndef TORTURE_241_H
#define TORTURE_241_H
int tfn_7(const int *const p);
#ifdef TORTURE_IMPL
int tfn_7(const int *const p) { return p ? *p : 0; }
#endif
#endif
