/* torture 058: global const time t (written by make_headers.py) */
#ifndef TORTURE_058_H
#define TORTURE_058_H
#include <time.h>
extern const time_t tgc_time_t;
#ifdef TORTURE_IMPL
const time_t tgc_time_t = 0;
#endif
#endif
