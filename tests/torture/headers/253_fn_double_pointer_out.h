/* torture 253: fn double pointer out (written by make_headers.py) */
#ifndef TORTURE_253_H
#define TORTURE_253_H
int tfn_19(int **out);
#ifdef TORTURE_IMPL
int tfn_19(int **out) { if (out) *out = 0; return 0; }
#endif
#endif
