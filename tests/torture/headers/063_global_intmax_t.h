/* torture 063: global intmax t (written by make_headers.py) */
#ifndef TORTURE_063_H
#define TORTURE_063_H
#include <stdint.h>
extern intmax_t tg_intmax_t;
#ifdef TORTURE_IMPL
intmax_t tg_intmax_t = 0;
#endif
#endif
