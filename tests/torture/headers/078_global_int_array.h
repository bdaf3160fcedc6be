/* torture 078: global int array (written by make_headers.py) */
#ifndef TORTURE_078_H
#define TORTURE_078_H
extern int tg_ints[4];
#ifdef TORTURE_IMPL
int tg_ints[4];
#endif
#endif
