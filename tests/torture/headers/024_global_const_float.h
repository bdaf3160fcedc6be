/* torture 024: global const float (written by make_headers.py) */
#ifndef TORTURE_024_H
#define TORTURE_024_H
extern const float tgc_float;
#ifdef TORTURE_IMPL
const float tgc_float = 0;
#endif
#endif
