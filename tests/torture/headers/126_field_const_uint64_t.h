/* torture 126: field const uint64 t (written by make_headers.py) */
#ifndef TORTURE_126_H
#define TORTURE_126_H
#include <stdint.h>
struct tfc_uint64_t { const uint64_t v; int after; };
#endif
