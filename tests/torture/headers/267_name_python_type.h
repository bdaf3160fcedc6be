/* torture 267: name python type (written by make_headers.py) */
#ifndef TORTURE_267_H
#define TORTURE_267_H
int type(int x);
#ifdef TORTURE_IMPL
int type(int x) { return x; }
#endif
#endif
