/* torture 312: name struct and function (written by make_headers.py) */
#ifndef TORTURE_312_H
#define TORTURE_312_H
struct tn_shade { int v; };
int tn_shade(int v);
#ifdef TORTURE_IMPL
int tn_shade(int v) { return v; }
#endif
#endif
