/* torture 091: field unsigned short (written by make_headers.py) */
#ifndef TORTURE_091_H
#define TORTURE_091_H
struct tf_unsigned_short { unsigned short v; int after; };
#endif
