/* torture 027: global  Bool (written by make_headers.py) */
#ifndef TORTURE_027_H
#define TORTURE_027_H
extern _Bool tg__Bool;
#ifdef TORTURE_IMPL
_Bool tg__Bool = 0;
#endif
#endif
