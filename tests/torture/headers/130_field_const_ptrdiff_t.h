/* torture 130: field const ptrdiff t (written by make_headers.py) */
#ifndef TORTURE_130_H
#define TORTURE_130_H
#include <stddef.h>
struct tfc_ptrdiff_t { const ptrdiff_t v; int after; };
#endif
