/* torture 283: name csharp checked (written by make_headers.py) */
#ifndef TORTURE_283_H
#define TORTURE_283_H
int checked(int x);
#ifdef TORTURE_IMPL
int checked(int x) { return x; }
#endif
#endif
