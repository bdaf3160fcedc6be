/* torture 043: global uint64 t (written by make_headers.py) */
#ifndef TORTURE_043_H
#define TORTURE_043_H
#include <stdint.h>
extern uint64_t tg_uint64_t;
#ifdef TORTURE_IMPL
uint64_t tg_uint64_t = 0;
#endif
#endif
