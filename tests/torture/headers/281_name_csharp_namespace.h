/* torture 281: name csharp namespace (written by make_headers.py) */
#ifndef TORTURE_281_H
#define TORTURE_281_H
int namespace(int x);
#ifdef TORTURE_IMPL
int namespace(int x) { return x; }
#endif
#endif
