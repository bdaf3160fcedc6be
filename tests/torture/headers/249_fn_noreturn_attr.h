/* torture 249: fn noreturn attr (written by make_headers.py) */
#ifndef TORTURE_249_H
#define TORTURE_249_H
__attribute__((noreturn)) void tfn_15(int code);
#ifdef TORTURE_IMPL
#include <stdlib.h>
void tfn_15(int code) { exit(code); }
#endif
#endif
