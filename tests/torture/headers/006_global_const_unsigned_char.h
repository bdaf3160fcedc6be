/* torture 006: global const unsigned char (written by make_headers.py) */
#ifndef TORTURE_006_H
#define TORTURE_006_H
extern const unsigned char tgc_unsigned_char;
#ifdef TORTURE_IMPL
const unsigned char tgc_unsigned_char = 0;
#endif
#endif
