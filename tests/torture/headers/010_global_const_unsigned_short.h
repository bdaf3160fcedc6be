/* torture 010: global const unsigned short (written by make_headers.py) */
#ifndef TORTURE_010_H
#define TORTURE_010_H
extern const unsigned short tgc_unsigned_short;
#ifdef TORTURE_IMPL
const unsigned short tgc_unsigned_short = 0;
#endif
#endif
