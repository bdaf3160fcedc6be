/* torture 231: fp param inline (written by make_headers.py) */
#ifndef TORTURE_231_H
#define TORTURE_231_H
int tfp6_apply(int (*f)(int), int v);
#ifdef TORTURE_IMPL
int tfp6_apply(int (*f)(int), int v) { return f ? f(v) : v; }
#endif
#endif
