/* torture 056: global const off t (written by make_headers.py) */
#ifndef TORTURE_056_H
#define TORTURE_056_H
#include <sys/types.h>
extern const off_t tgc_off_t;
#ifdef TORTURE_IMPL
const off_t tgc_off_t = 0;
#endif
#endif
