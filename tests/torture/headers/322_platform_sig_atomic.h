/* torture 322: platform sig atomic (written by make_headers.py) */
#ifndef TORTURE_322_H
#define TORTURE_322_H
#include <signal.h>
extern volatile sig_atomic_t tpl_flag;
#ifdef TORTURE_IMPL
volatile sig_atomic_t tpl_flag;
#endif
#endif
