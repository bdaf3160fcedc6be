/* torture 115: field int16 t (written by make_headers.py) */
#ifndef TORTURE_115_H
#define TORTURE_115_H
#include <stdint.h>
struct tf_int16_t { int16_t v; int after; };
#endif
