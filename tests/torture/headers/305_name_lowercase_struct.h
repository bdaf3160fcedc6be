/* torture 305: name lowercase struct (written by make_headers.py) */
#ifndef TORTURE_305_H
#define TORTURE_305_H
typedef struct { int v; } foo;
typedef struct pixel { unsigned char r, g, b; } pixel;
#endif
