/* torture 041: global int64 t (written by make_headers.py) */
#ifndef TORTURE_041_H
#define TORTURE_041_H
#include <stdint.h>
extern int64_t tg_int64_t;
#ifdef TORTURE_IMPL
int64_t tg_int64_t = 0;
#endif
#endif
