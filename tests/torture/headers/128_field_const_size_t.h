/* torture 128: field const size t (written by make_headers.py) */
#ifndef TORTURE_128_H
#define TORTURE_128_H
#include <stddef.h>
struct tfc_size_t { const size_t v; int after; };
#endif
