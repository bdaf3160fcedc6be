/* torture 239: fn unnamed params (written by make_headers.py) */
#ifndef TORTURE_239_H
#define TORTURE_239_H
int tfn_5(int, double);
#ifdef TORTURE_IMPL
int tfn_5(int a, double b) { return a + (int)b; }
#endif
#endif
