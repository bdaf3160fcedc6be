/* torture 227: fp typedef chain (written by make_headers.py) */
#ifndef TORTURE_227_H
#define TORTURE_227_H
typedef void (*tfp_2a)(void *);
typedef tfp_2a tfp_2b;
typedef tfp_2b tfp_2c;
struct tfp_2s { tfp_2c cb; };
#endif
