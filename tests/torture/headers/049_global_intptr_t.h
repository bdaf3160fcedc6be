/* torture 049: global intptr t (written by make_headers.py) */
#ifndef TORTURE_049_H
#define TORTURE_049_H
#include <stdint.h>
extern intptr_t tg_intptr_t;
#ifdef TORTURE_IMPL
intptr_t tg_intptr_t = 0;
#endif
#endif
