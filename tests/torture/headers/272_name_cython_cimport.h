/* torture 272: name cython cimport (written by make_headers.py) */
#ifndef TORTURE_272_H
#define TORTURE_272_H
int cimport(int x);
#ifdef TORTURE_IMPL
int cimport(int x) { return x; }
#endif
#endif
