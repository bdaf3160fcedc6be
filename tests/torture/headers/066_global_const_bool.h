/* torture 066: global const bool (written by make_headers.py) */
#ifndef TORTURE_066_H
#define TORTURE_066_H
#include <stdbool.h>
extern const bool tgc_bool;
#ifdef TORTURE_IMPL
const bool tgc_bool = 0;
#endif
#endif
