/* torture 069: global typedef int (written by make_headers.py) */
#ifndef TORTURE_069_H
#define TORTURE_069_H
typedef int tg_myint;
extern tg_myint tg_typedef_int;
#ifdef TORTURE_IMPL
tg_myint tg_typedef_int = 1;
#endif
#endif
