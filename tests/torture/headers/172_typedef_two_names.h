/* torture 172: typedef two names (written by make_headers.py) */
#ifndef TORTURE_172_H
#define TORTURE_172_H
typedef struct { int v; } tr_first, *tr_first_p;
#endif
