/* torture 032: global const uint8 t (written by make_headers.py) */
#ifndef TORTURE_032_H
#define TORTURE_032_H
#include <stdint.h>
extern const uint8_t tgc_uint8_t;
#ifdef TORTURE_IMPL
const uint8_t tgc_uint8_t = 0;
#endif
#endif
