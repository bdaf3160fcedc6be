/* torture 288: name csharp internal (written by make_headers.py) */
#ifndef TORTURE_288_H
#define TORTURE_288_H
int internal(int x);
#ifdef TORTURE_IMPL
int internal(int x) { return x; }
#endif
#endif
