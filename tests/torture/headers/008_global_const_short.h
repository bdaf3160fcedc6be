/* torture 008: global const short (written by make_headers.py) */
#ifndef TORTURE_008_H
#define TORTURE_008_H
extern const short tgc_short;
#ifdef TORTURE_IMPL
const short tgc_short = 0;
#endif
#endif
