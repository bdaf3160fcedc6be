/* torture 269: name cython cdef (written by make_headers.py) */
#ifndef TORTURE_269_H
#define TORTURE_269_H
int cdef(int x);
#ifdef TORTURE_IMPL
int cdef(int x) { return x; }
#endif
#endif
