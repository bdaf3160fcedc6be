/* torture 111: field int8 t (written by make_headers.py) */
#ifndef TORTURE_111_H
#define TORTURE_111_H
#include <stdint.h>
struct tf_int8_t { int8_t v; int after; };
#endif
