/* torture 300: name csharp in (written by make_headers.py) */
#ifndef TORTURE_300_H
#define TORTURE_300_H
int in_(int x);
#ifdef TORTURE_IMPL
int in_(int x) { return x; }
#endif
#endif
