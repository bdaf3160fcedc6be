/* torture 060: global const ssize t (written by make_headers.py) */
#ifndef TORTURE_060_H
#define TORTURE_060_H
#include <sys/types.h>
extern const ssize_t tgc_ssize_t;
#ifdef TORTURE_IMPL
const ssize_t tgc_ssize_t = 0;
#endif
#endif
