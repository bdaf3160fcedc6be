/* torture 201: aligned field (written by make_headers.py) */
#ifndef TORTURE_201_H
#define TORTURE_201_H
struct tp_5 { char c; int i __attribute__((aligned(8))); };
#endif
