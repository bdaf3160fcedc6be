/* torture 019: global long long (written by make_headers.py) */
#ifndef TORTURE_019_H
#define TORTURE_019_H
extern long long tg_long_long;
#ifdef TORTURE_IMPL
long long tg_long_long = 0;
#endif
#endif
