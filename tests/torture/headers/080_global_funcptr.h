/* torture 080: global funcptr (written by make_headers.py) */
#ifndef TORTURE_080_H
#define TORTURE_080_H
extern int (*tg_hook)(int);
#ifdef TORTURE_IMPL
int (*tg_hook)(int);
#endif
#endif
