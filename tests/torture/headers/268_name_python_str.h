/* torture 268: name python str (written by make_headers.py) */
#ifndef TORTURE_268_H
#define TORTURE_268_H
int str(int x);
#ifdef TORTURE_IMPL
int str(int x) { return x; }
#endif
#endif
