/* torture 012: global const int (written by make_headers.py) */
#ifndef TORTURE_012_H
#define TORTURE_012_H
extern const int tgc_int;
#ifdef TORTURE_IMPL
const int tgc_int = 0;
#endif
#endif
