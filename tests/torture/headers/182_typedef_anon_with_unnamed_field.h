/* torture 182: typedef anon with unnamed field (written by make_headers.py) */
#ifndef TORTURE_182_H
#define TORTURE_182_H
typedef struct { struct { int w, h; } size; } tr_o10;
#endif
