/* torture 291: name csharp delegate (written by make_headers.py) */
#ifndef TORTURE_291_H
#define TORTURE_291_H
int delegate(int x);
#ifdef TORTURE_IMPL
int delegate(int x) { return x; }
#endif
#endif
