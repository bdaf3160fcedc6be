/* torture 216: enum negative (written by make_headers.py) */
#ifndef TORTURE_216_H
#define TORTURE_216_H
enum te_3 { TE3_NEG = -5, TE3_ZERO = 0, TE3_POS = 5 };
#endif
