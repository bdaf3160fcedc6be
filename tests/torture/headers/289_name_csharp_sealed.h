/* torture 289: name csharp sealed (written by make_headers.py) */
#ifndef TORTURE_289_H
#define TORTURE_289_H
int sealed(int x);
#ifdef TORTURE_IMPL
int sealed(int x) { return x; }
#endif
#endif
