/* torture 219: enum duplicates (written by make_headers.py) */
#ifndef TORTURE_219_H
#define TORTURE_219_H
enum te_6 { TE6_A = 1, TE6_B = 1, TE6_C = TE6_A + 1 };
#endif
