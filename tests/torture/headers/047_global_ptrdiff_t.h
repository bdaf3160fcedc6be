/* torture 047: global ptrdiff t (written by make_headers.py) */
#ifndef TORTURE_047_H
#define TORTURE_047_H
#include <stddef.h>
extern ptrdiff_t tg_ptrdiff_t;
#ifdef TORTURE_IMPL
ptrdiff_t tg_ptrdiff_t = 0;
#endif
#endif
