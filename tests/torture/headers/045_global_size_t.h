/* torture 045: global size t (written by make_headers.py) */
#ifndef TORTURE_045_H
#define TORTURE_045_H
#include <stddef.h>
extern size_t tg_size_t;
#ifdef TORTURE_IMPL
size_t tg_size_t = 0;
#endif
#endif
