/* torture 119: field int32 t (written by make_headers.py) */
#ifndef TORTURE_119_H
#define TORTURE_119_H
#include <stdint.h>
struct tf_int32_t { int32_t v; int after; };
#endif
