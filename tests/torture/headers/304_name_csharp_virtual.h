/* torture 304: name csharp virtual (written by make_headers.py) */
#ifndef TORTURE_304_H
#define TORTURE_304_H
int virtual(int x);
#ifdef TORTURE_IMPL
int virtual(int x) { return x; }
#endif
#endif
