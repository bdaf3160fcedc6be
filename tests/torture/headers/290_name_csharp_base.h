/* torture 290: name csharp base (written by make_headers.py) */
#ifndef TORTURE_290_H
#define TORTURE_290_H
int base(int x);
#ifdef TORTURE_IMPL
int base(int x) { return x; }
#endif
#endif
