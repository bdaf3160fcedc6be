/* torture 275: name cython public (written by make_headers.py) */
#ifndef TORTURE_275_H
#define TORTURE_275_H
int public(int x);
#ifdef TORTURE_IMPL
int public(int x) { return x; }
#endif
#endif
