/* torture 212: array param unsized (written by make_headers.py) */
#ifndef TORTURE_212_H
#define TORTURE_212_H
int ta_first(const int v[]);
#ifdef TORTURE_IMPL
int ta_first(const int v[]) { return v[0]; }
#endif
#endif
