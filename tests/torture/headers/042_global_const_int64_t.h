/* torture 042: global const int64 t (written by make_headers.py) */
#ifndef TORTURE_042_H
#define TORTURE_042_H
#include <stdint.h>
extern const int64_t tgc_int64_t;
#ifdef TORTURE_IMPL
const int64_t tgc_int64_t = 0;
#endif
#endif
