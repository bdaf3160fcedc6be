/* torture 297: name csharp out (written by make_headers.py) */
#ifndef TORTURE_297_H
#define TORTURE_297_H
int out(int x);
#ifdef TORTURE_IMPL
int out(int x) { return x; }
#endif
#endif
