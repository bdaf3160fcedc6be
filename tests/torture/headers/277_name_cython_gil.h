/* torture 277: name cython gil (written by make_headers.py) */
#ifndef TORTURE_277_H
#define TORTURE_277_H
int gil(int x);
#ifdef TORTURE_IMPL
int gil(int x) { return x; }
#endif
#endif
