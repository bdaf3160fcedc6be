/* torture 129: field ptrdiff t (written by make_headers.py) */
#ifndef TORTURE_129_H
#define TORTURE_129_H
#include <stddef.h>
struct tf_ptrdiff_t { ptrdiff_t v; int after; };
#endif
