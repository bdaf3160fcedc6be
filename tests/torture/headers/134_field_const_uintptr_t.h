/* torture 134: field const uintptr t (written by make_headers.py) */
#ifndef TORTURE_134_H
#define TORTURE_134_H
#include <stdint.h>
struct tfc_uintptr_t { const uintptr_t v; int after; };
#endif
