/* torture 057: global time t (written by make_headers.py) */
#ifndef TORTURE_057_H
#define TORTURE_057_H
#include <time.h>
extern time_t tg_time_t;
#ifdef TORTURE_IMPL
time_t tg_time_t = 0;
#endif
#endif
