/* torture 274: name cython readonly (written by make_headers.py) */
#ifndef TORTURE_274_H
#define TORTURE_274_H
int readonly(int x);
#ifdef TORTURE_IMPL
int readonly(int x) { return x; }
#endif
#endif
