/* torture 293: name csharp implicit (written by make_headers.py) */
#ifndef TORTURE_293_H
#define TORTURE_293_H
int implicit(int x);
#ifdef TORTURE_IMPL
int implicit(int x) { return x; }
#endif
#endif
