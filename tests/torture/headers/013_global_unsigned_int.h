/* torture 013: global unsigned int (written by make_headers.py) */
#ifndef TORTURE_013_H
#define TORTURE_013_H
extern unsigned int tg_unsigned_int;
#ifdef TORTURE_IMPL
unsigned int tg_unsigned_int = 0;
#endif
#endif
