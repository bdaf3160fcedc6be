/* torture 055: global off t (written by make_headers.py) */
#ifndef TORTURE_055_H
#define TORTURE_055_H
#include <sys/types.h>
extern off_t tg_off_t;
#ifdef TORTURE_IMPL
off_t tg_off_t = 0;
#endif
#endif
