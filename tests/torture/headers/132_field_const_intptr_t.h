/* torture 132: field const intptr t (written by make_headers.py) */
#ifndef TORTURE_132_H
#define TORTURE_132_H
#include <stdint.h>
struct tfc_intptr_t { const intptr_t v; int after; };
#endif
