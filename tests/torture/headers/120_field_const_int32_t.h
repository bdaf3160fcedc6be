/* torture 120: field const int32 t (written by make_headers.py) */
#ifndef TORTURE_120_H
#define TORTURE_120_H
#include <stdint.h>
struct tfc_int32_t { const int32_t v; int after; };
#endif
