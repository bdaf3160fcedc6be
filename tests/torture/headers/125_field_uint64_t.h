/* torture 125: field uint64 t (written by make_headers.py) */
#ifndef TORTURE_125_H
#define TORTURE_125_H
#include <stdint.h>
struct tf_uint64_t { uint64_t v; int after; };
#endif
