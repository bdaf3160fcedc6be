/* torture 030: global const int8 t (written by make_headers.py) */
#ifndef TORTURE_030_H
#define TORTURE_030_H
#include <stdint.h>
extern const int8_t tgc_int8_t;
#ifdef TORTURE_IMPL
const int8_t tgc_int8_t = 0;
#endif
#endif
