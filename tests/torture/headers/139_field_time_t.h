/* torture 139: field time t (written by make_headers.py) */
#ifndef TORTURE_139_H
#define TORTURE_139_H
#include <time.h>
struct tf_time_t { time_t v; int after; };
#endif
