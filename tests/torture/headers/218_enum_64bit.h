/* torture 218: enum 64bit (written by make_headers.py) */
#ifndef TORTURE_218_H
#define TORTURE_218_H
enum te_5 { TE5_HUGE = 0x100000000LL, TE5_NEG = -1 };
#endif
