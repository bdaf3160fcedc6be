/* torture 271: name cython ctypedef (written by make_headers.py) */
#ifndef TORTURE_271_H
#define TORTURE_271_H
int ctypedef(int x);
#ifdef TORTURE_IMPL
int ctypedef(int x) { return x; }
#endif
#endif
