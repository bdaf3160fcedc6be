/* torture 028: global const  Bool (written by make_headers.py) */
#ifndef TORTURE_028_H
#define TORTURE_028_H
extern const _Bool tgc__Bool;
#ifdef TORTURE_IMPL
const _Bool tgc__Bool = 0;
#endif
#endif
