/* torture 040: global const uint32 t (written by make_headers.py) */
#ifndef TORTURE_040_H
#define TORTURE_040_H
#include <stdint.h>
extern const uint32_t tgc_uint32_t;
#ifdef TORTURE_IMPL
const uint32_t tgc_uint32_t = 0;
#endif
#endif
