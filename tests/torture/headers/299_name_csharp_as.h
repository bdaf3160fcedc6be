/* torture 299: name csharp as (written by make_headers.py) */
#ifndef TORTURE_299_H
#define TORTURE_299_H
int as(int x);
#ifdef TORTURE_IMPL
int as(int x) { return x; }
#endif
#endif
