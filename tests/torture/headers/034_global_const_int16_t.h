/* torture 034: global const int16 t (written by make_headers.py) */
#ifndef TORTURE_034_H
#define TORTURE_034_H
#include <stdint.h>
extern const int16_t tgc_int16_t;
#ifdef TORTURE_IMPL
const int16_t tgc_int16_t = 0;
#endif
#endif
