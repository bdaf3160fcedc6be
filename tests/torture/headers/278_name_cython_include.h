/* torture 278: name cython include (written by make_headers.py) */
#ifndef TORTURE_278_H
#define TORTURE_278_H
int include(int x);
#ifdef TORTURE_IMPL
int include(int x) { return x; }
#endif
#endif
