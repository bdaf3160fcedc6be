/* torture 113: field uint8 t (written by make_headers.py) */
#ifndef TORTURE_113_H
#define TORTURE_113_H
#include <stdint.h>
struct tf_uint8_t { uint8_t v; int after; };
#endif
