/* torture 200: aligned record (written by make_headers.py) */
#ifndef TORTURE_200_H
#define TORTURE_200_H
struct __attribute__((aligned(16))) tp_4 { int i; };
#endif
