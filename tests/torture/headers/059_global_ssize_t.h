/* torture 059: global ssize t (written by make_headers.py) */
#ifndef TORTURE_059_H
#define TORTURE_059_H
#include <sys/types.h>
extern ssize_t tg_ssize_t;
#ifdef TORTURE_IMPL
ssize_t tg_ssize_t = 0;
#endif
#endif
