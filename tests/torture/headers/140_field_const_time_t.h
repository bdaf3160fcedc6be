/* torture 140: field const time t (written by make_headers.py) */
#ifndef TORTURE_140_H
#define TORTURE_140_H
#include <time.h>
struct tfc_time_t { const time_t v; int after; };
#endif
