/* torture 004: global const signed char (written by make_headers.py) */
#ifndef TORTURE_004_H
#define TORTURE_004_H
extern const signed char tgc_signed_char;
#ifdef TORTURE_IMPL
const signed char tgc_signed_char = 0;
#endif
#endif
