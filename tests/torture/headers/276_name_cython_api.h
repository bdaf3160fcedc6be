/* torture 276: name cython api (written by make_headers.py) */
#ifndef TORTURE_276_H
#define TORTURE_276_H
int api(int x);
#ifdef TORTURE_IMPL
int api(int x) { return x; }
#endif
#endif
