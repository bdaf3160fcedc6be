/* torture 112: field const int8 t (written by make_headers.py) */
#ifndef TORTURE_112_H
#define TORTURE_112_H
#include <stdint.h>
struct tfc_int8_t { const int8_t v; int after; };
#endif
