/* torture 035: global uint16 t (written by make_headers.py) */
#ifndef TORTURE_035_H
#define TORTURE_035_H
#include <stdint.h>
extern uint16_t tg_uint16_t;
#ifdef TORTURE_IMPL
uint16_t tg_uint16_t = 0;
#endif
#endif
