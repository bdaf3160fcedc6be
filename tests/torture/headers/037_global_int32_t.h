/* torture 037: global int32 t (written by make_headers.py) */
#ifndef TORTURE_037_H
#define TORTURE_037_H
#include <stdint.h>
extern int32_t tg_int32_t;
#ifdef TORTURE_IMPL
int32_t tg_int32_t = 0;
#endif
#endif
