/* torture 294: name csharp explicit (written by make_headers.py) */
#ifndef TORTURE_294_H
#define TORTURE_294_H
int explicit(int x);
#ifdef TORTURE_IMPL
int explicit(int x) { return x; }
#endif
#endif
