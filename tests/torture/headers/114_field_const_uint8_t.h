/* torture 114: field const uint8 t (written by make_headers.py) */
#ifndef TORTURE_114_H
#define TORTURE_114_H
#include <stdint.h>
struct tfc_uint8_t { const uint8_t v; int after; };
#endif
