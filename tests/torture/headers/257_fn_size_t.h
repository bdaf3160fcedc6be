/* torture 257: fn size t (written by make_headers.py) */
#ifndef TORTURE_257_H
#define TORTURE_257_H
#include <stddef.h>
size_t tfn_23(size_t n);
#ifdef TORTURE_IMPL
size_t tfn_23(size_t n) { return n; }
#endif
#endif
