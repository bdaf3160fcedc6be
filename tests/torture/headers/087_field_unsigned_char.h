/* torture 087: field unsigned char (written by make_headers.py) */
#ifndef TORTURE_087_H
#define TORTURE_087_H
struct tf_unsigned_char { unsigned char v; int after; };
#endif
