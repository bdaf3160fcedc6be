/* torture 284: name csharp fixed (written by make_headers.py) */
#ifndef TORTURE_284_H
#define TORTURE_284_H
int fixed(int x);
#ifdef TORTURE_IMPL
int fixed(int x) { return x; }
#endif
#endif
