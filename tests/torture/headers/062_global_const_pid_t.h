/* torture 062: global const pid t (written by make_headers.py) */
#ifndef TORTURE_062_H
#define TORTURE_062_H
#include <sys/types.h>
extern const pid_t tgc_pid_t;
#ifdef TORTURE_IMPL
const pid_t tgc_pid_t = 0;
#endif
#endif
