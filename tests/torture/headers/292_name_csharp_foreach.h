/* torture 292: name csharp foreach (written by make_headers.py) */
#ifndef TORTURE_292_H
#define TORTURE_292_H
int foreach(int x);
#ifdef TORTURE_IMPL
int foreach(int x) { return x; }
#endif
#endif
