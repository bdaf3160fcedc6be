/* torture 264: name python len (written by make_headers.py) */
#ifndef TORTURE_264_H
#define TORTURE_264_H
int len(int x);
#ifdef TORTURE_IMPL
int len(int x) { return x; }
#endif
#endif
