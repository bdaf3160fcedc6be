/* torture 029: global int8 t (written by make_headers.py) */
#ifndef TORTURE_029_H
#define TORTURE_029_H
#include <stdint.h>
extern int8_t tg_int8_t;
#ifdef TORTURE_IMPL
int8_t tg_int8_t = 0;
#endif
#endif
