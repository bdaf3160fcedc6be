/* torture 116: field const int16 t (written by make_headers.py) */
#ifndef TORTURE_116_H
#define TORTURE_116_H
#include <stdint.h>
struct tfc_int16_t { const int16_t v; int after; };
#endif
