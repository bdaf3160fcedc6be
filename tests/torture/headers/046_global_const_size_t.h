/* torture 046: global const size t (written by make_headers.py) */
#ifndef TORTURE_046_H
#define TORTURE_046_H
#include <stddef.h>
extern const size_t tgc_size_t;
#ifdef TORTURE_IMPL
const size_t tgc_size_t = 0;
#endif
#endif
