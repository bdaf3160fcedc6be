/* torture 273: name cython nogil (written by make_headers.py) */
#ifndef TORTURE_273_H
#define TORTURE_273_H
int nogil(int x);
#ifdef TORTURE_IMPL
int nogil(int x) { return x; }
#endif
#endif
