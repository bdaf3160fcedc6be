/* torture 122: field const uint32 t (written by make_headers.py) */
#ifndef TORTURE_122_H
#define TORTURE_122_H
#include <stdint.h>
struct tfc_uint32_t { const uint32_t v; int after; };
#endif
