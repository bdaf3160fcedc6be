/* torture 270: name cython cpdef (written by make_headers.py) */
#ifndef TORTURE_270_H
#define TORTURE_270_H
int cpdef(int x);
#ifdef TORTURE_IMPL
int cpdef(int x) { return x; }
#endif
#endif
