/* torture 007: global short (written by make_headers.py) */
#ifndef TORTURE_007_H
#define TORTURE_007_H
extern short tg_short;
#ifdef TORTURE_IMPL
short tg_short = 0;
#endif
#endif
