/* torture 286: name csharp operator (written by make_headers.py) */
#ifndef TORTURE_286_H
#define TORTURE_286_H
int operator(int x);
#ifdef TORTURE_IMPL
int operator(int x) { return x; }
#endif
#endif
