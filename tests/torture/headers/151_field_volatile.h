/* torture 151: field volatile (written by make_headers.py) */
#ifndef TORTURE_151_H
#define TORTURE_151_H
struct tf_vol { volatile int v; volatile unsigned char c; };
#endif
