/* torture 133: field uintptr t (written by make_headers.py) */
#ifndef TORTURE_133_H
#define TORTURE_133_H
#include <stdint.h>
struct tf_uintptr_t { uintptr_t v; int after; };
#endif
