/* torture 015: global long (written by make_headers.py) */
#ifndef TORTURE_015_H
#define TORTURE_015_H
extern long tg_long;
#ifdef TORTURE_IMPL
long tg_long = 0;
#endif
#endif
