/* torture 016: global const long (written by make_headers.py) */
#ifndef TORTURE_016_H
#define TORTURE_016_H
extern const long tgc_long;
#ifdef TORTURE_IMPL
const long tgc_long = 0;
#endif
#endif
