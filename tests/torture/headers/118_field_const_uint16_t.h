/* torture 118: field const uint16 t (written by make_headers.py) */
#ifndef TORTURE_118_H
#define TORTURE_118_H
#include <stdint.h>
struct tfc_uint16_t { const uint16_t v; int after; };
#endif
