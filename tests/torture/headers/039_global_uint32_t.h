/* torture 039: global uint32 t (written by make_headers.py) */
#ifndef TORTURE_039_H
#define TORTURE_039_H
#include <stdint.h>
extern uint32_t tg_uint32_t;
#ifdef TORTURE_IMPL
uint32_t tg_uint32_t = 0;
#endif
#endif
