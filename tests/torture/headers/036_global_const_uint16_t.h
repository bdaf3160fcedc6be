/* torture 036: global const uint16 t (written by make_headers.py) */
#ifndef TORTURE_036_H
#define TORTURE_036_H
#include <stdint.h>
extern const uint16_t tgc_uint16_t;
#ifdef TORTURE_IMPL
const uint16_t tgc_uint16_t = 0;
#endif
#endif
