/* torture 171: typedef pointer to anon (written by make_headers.py) */
#ifndef TORTURE_171_H
#define TORTURE_171_H
typedef struct { int v; } *tr_handle;
#endif
