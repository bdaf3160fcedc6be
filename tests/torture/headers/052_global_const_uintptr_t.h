/* torture 052: global const uintptr t (written by make_headers.py) */
#ifndef TORTURE_052_H
#define TORTURE_052_H
#include <stdint.h>
extern const uintptr_t tgc_uintptr_t;
#ifdef TORTURE_IMPL
const uintptr_t tgc_uintptr_t = 0;
#endif
#endif
