/* torture 033: global int16 t (written by make_headers.py) */
#ifndef TORTURE_033_H
#define TORTURE_033_H
#include <stdint.h>
extern int16_t tg_int16_t;
#ifdef TORTURE_IMPL
int16_t tg_int16_t = 0;
#endif
#endif
