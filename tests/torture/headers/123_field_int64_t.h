/* torture 123: field int64 t (written by make_headers.py) */
#ifndef TORTURE_123_H
#define TORTURE_123_H
#include <stdint.h>
struct tf_int64_t { int64_t v; int after; };
#endif
