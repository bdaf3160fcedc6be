/* torture 263: name python print (written by make_headers.py) */
#ifndef TORTURE_263_H
#define TORTURE_263_H
int print(int x);
#ifdef TORTURE_IMPL
int print(int x) { return x; }
#endif
#endif
