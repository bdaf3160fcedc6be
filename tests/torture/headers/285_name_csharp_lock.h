/* torture 285: name csharp lock (written by make_headers.py) */
#ifndef TORTURE_285_H
#define TORTURE_285_H
int lock(int x);
#ifdef TORTURE_IMPL
int lock(int x) { return x; }
#endif
#endif
