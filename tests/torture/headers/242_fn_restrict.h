/* torture 242: fn restrict (written by make_headers.py) */
#ifndef TORTURE_242_H
#define TORTURE_242_H
void tfn_8(int *restrict a, const int *restrict b);
#ifdef TORTURE_IMPL
void tfn_8(int *restrict a, const int *restrict b) { if (a && b) *a = *b; }
#endif
#endif
