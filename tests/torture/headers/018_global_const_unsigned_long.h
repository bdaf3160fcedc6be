/* torture 018: global const unsigned long (written by make_headers.py) */
#ifndef TORTURE_018_H
#define TORTURE_018_H
extern const unsigned long tgc_unsigned_long;
#ifdef TORTURE_IMPL
const unsigned long tgc_unsigned_long = 0;
#endif
#endif
