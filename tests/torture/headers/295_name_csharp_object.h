/* torture 295: name csharp object (written by make_headers.py) */
#ifndef TORTURE_295_H
#define TORTURE_295_H
int object_(int x);
#ifdef TORTURE_IMPL
int object_(int x) { return x; }
#endif
#endif
