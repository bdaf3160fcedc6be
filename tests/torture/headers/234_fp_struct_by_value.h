/* torture 234: fp struct by value (written by make_headers.py) */
#ifndef TORTURE_234_H
#define TORTURE_234_H
struct tfp_9v { int a; };
typedef int (*tfp_9)(struct tfp_9v);
struct tfp_9s { tfp_9 f; };
#endif
