/* torture 298: name csharp is (written by make_headers.py) */
#ifndef TORTURE_298_H
#define TORTURE_298_H
int is(int x);
#ifdef TORTURE_IMPL
int is(int x) { return x; }
#endif
#endif
