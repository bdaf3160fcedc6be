/* torture 121: field uint32 t (written by make_headers.py) */
#ifndef TORTURE_121_H
#define TORTURE_121_H
#include <stdint.h>
struct tf_uint32_t { uint32_t v; int after; };
#endif
