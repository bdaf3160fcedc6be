/* torture 050: global const intptr t (written by make_headers.py) */
#ifndef TORTURE_050_H
#define TORTURE_050_H
#include <stdint.h>
extern const intptr_t tgc_intptr_t;
#ifdef TORTURE_IMPL
const intptr_t tgc_intptr_t = 0;
#endif
#endif
