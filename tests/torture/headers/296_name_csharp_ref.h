/* torture 296: name csharp ref (written by make_headers.py) */
#ifndef TORTURE_296_H
#define TORTURE_296_H
int ref(int x);
#ifdef TORTURE_IMPL
int ref(int x) { return x; }
#endif
#endif
