/* torture 051: global uintptr t (written by make_headers.py) */
#ifndef TORTURE_051_H
#define TORTURE_051_H
#include <stdint.h>
extern uintptr_t tg_uintptr_t;
#ifdef TORTURE_IMPL
uintptr_t tg_uintptr_t = 0;
#endif
#endif
