/* torture 014: global const unsigned int (written by make_headers.py) */
#ifndef TORTURE_014_H
#define TORTURE_014_H
extern const unsigned int tgc_unsigned_int;
#ifdef TORTURE_IMPL
const unsigned int tgc_unsigned_int = 0;
#endif
#endif
