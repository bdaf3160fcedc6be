/* torture 071: global volatile (written by make_headers.py) */
#ifndef TORTURE_071_H
#define TORTURE_071_H
extern volatile int tg_volatile;
#ifdef TORTURE_IMPL
volatile int tg_volatile = 3;
#endif
#endif
