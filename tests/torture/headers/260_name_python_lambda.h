/* torture 260: name python lambda (written by make_headers.py) */
#ifndef TORTURE_260_H
#define TORTURE_260_H
int lambda(int x);
#ifdef TORTURE_IMPL
int lambda(int x) { return x; }
#endif
#endif
