/* torture 124: field const int64 t (written by make_headers.py) */
#ifndef TORTURE_124_H
#define TORTURE_124_H
#include <stdint.h>
struct tfc_int64_t { const int64_t v; int after; };
#endif
