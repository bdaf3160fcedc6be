/* torture 280: name csharp params (written by make_headers.py) */
#ifndef TORTURE_280_H
#define TORTURE_280_H
int params(int x);
#ifdef TORTURE_IMPL
int params(int x) { return x; }
#endif
#endif
