/* torture 044: global const uint64 t (written by make_headers.py) */
#ifndef TORTURE_044_H
#define TORTURE_044_H
#include <stdint.h>
extern const uint64_t tgc_uint64_t;
#ifdef TORTURE_IMPL
const uint64_t tgc_uint64_t = 0;
#endif
#endif
