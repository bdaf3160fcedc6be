/* torture 169: typedef same name (written by make_headers.py) */
#ifndef TORTURE_169_H
#define TORTURE_169_H
typedef struct tr_same { int v; } tr_same;
#endif
