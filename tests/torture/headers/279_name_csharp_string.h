/* torture 279: name csharp string (written by make_headers.py) */
#ifndef TORTURE_279_H
#define TORTURE_279_H
int string(int x);
#ifdef TORTURE_IMPL
int string(int x) { return x; }
#endif
#endif
