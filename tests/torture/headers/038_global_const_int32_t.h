/* torture 038: global const int32 t (written by make_headers.py) */
#ifndef TORTURE_038_H
#define TORTURE_038_H
#include <stdint.h>
extern const int32_t tgc_int32_t;
#ifdef TORTURE_IMPL
const int32_t tgc_int32_t = 0;
#endif
#endif
