/* torture 011: global int (written by make_headers.py) */
#ifndef TORTURE_011_H
#define TORTURE_011_H
extern int tg_int;
#ifdef TORTURE_IMPL
int tg_int = 0;
#endif
#endif
