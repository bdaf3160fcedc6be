/* torture 064: global const intmax t (written by make_headers.py) */
#ifndef TORTURE_064_H
#define TORTURE_064_H
#include <stdint.h>
extern const intmax_t tgc_intmax_t;
#ifdef TORTURE_IMPL
const intmax_t tgc_intmax_t = 0;
#endif
#endif
