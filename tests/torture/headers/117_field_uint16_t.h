/* torture 117: field uint16 t (written by make_headers.py) */
#ifndef TORTURE_117_H
#define TORTURE_117_H
#include <stdint.h>
struct tf_uint16_t { uint16_t v; int after; };
#endif
