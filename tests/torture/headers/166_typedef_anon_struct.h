/* torture 166: typedef anon struct (written by make_headers.py) */
#ifndef TORTURE_166_H
#define TORTURE_166_H
typedef struct { int x; int y; } tr_point;
tr_point tr_point_make(int x, int y);
#ifdef TORTURE_IMPL
tr_point tr_point_make(int x, int y) { tr_point p = { x, y }; return p; }
#endif
#endif
