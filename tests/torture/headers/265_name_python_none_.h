/* torture 265: name python none  (written by make_headers.py) */
#ifndef TORTURE_265_H
#define TORTURE_265_H
int None_(int x);
#ifdef TORTURE_IMPL
int None_(int x) { return x; }
#endif
#endif
