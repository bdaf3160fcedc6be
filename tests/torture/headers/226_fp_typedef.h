/* torture 226: fp typedef (written by make_headers.py) */
#ifndef TORTURE_226_H
#define TORTURE_226_H
typedef int (*tfp_1)(int);
int tfp1_call(tfp_1 f, int v);
#ifdef TORTURE_IMPL
int tfp1_call(tfp_1 f, int v) { return f ? f(v) : v; }
#endif
#endif
