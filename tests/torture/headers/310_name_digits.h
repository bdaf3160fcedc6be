/* torture 310: name digits (written by make_headers.py) */
#ifndef TORTURE_310_H
#define TORTURE_310_H
struct tn_2d { int x1, x2; };
int tn_3d(int v2);
#ifdef TORTURE_IMPL
int tn_3d(int v2) { return v2; }
#endif
#endif
