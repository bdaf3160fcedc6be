/* torture 247: fn file pointer (written by make_headers.py) */
#ifndef TORTURE_247_H
#define TORTURE_247_H
#include <stdio.h>
int tfn_13(FILE *f);
#ifdef TORTURE_IMPL
int tfn_13(FILE *f) { return f != 0; }
#endif
#endif
