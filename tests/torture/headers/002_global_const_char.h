/* torture 002: global const char (written by make_headers.py) */
#ifndef TORTURE_002_H
#define TORTURE_002_H
extern const char tgc_char;
#ifdef TORTURE_IMPL
const char tgc_char = 0;
#endif
#endif
