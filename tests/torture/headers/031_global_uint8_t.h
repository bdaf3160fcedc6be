/* torture 031: global uint8 t (written by make_headers.py) */
#ifndef TORTURE_031_H
#define TORTURE_031_H
#include <stdint.h>
extern uint8_t tg_uint8_t;
#ifdef TORTURE_IMPL
uint8_t tg_uint8_t = 0;
#endif
#endif
