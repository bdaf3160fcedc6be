/* torture 222: enum packed (written by make_headers.py) */
#ifndef TORTURE_222_H
#define TORTURE_222_H
enum __attribute__((packed)) te_9 { TE9_A, TE9_B = 200 };
struct te_9s { enum te_9 e; char c; };
#endif
