/* torture 048: global const ptrdiff t (written by make_headers.py) */
#ifndef TORTURE_048_H
#define TORTURE_048_H
#include <stddef.h>
extern const ptrdiff_t tgc_ptrdiff_t;
#ifdef TORTURE_IMPL
const ptrdiff_t tgc_ptrdiff_t = 0;
#endif
#endif
