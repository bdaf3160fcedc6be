/* torture 301: name csharp this (written by make_headers.py) */
#ifndef TORTURE_301_H
#define TORTURE_301_H
int this_(int x);
#ifdef TORTURE_IMPL
int this_(int x) { return x; }
#endif
#endif
