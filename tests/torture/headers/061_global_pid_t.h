/* torture 061: global pid t (written by make_headers.py) */
#ifndef TORTURE_061_H
#define TORTURE_061_H
#include <sys/types.h>
extern pid_t tg_pid_t;
#ifdef TORTURE_IMPL
pid_t tg_pid_t = 0;
#endif
#endif
