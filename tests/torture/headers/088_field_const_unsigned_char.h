/* torture 088: field const unsigned char (written by make_headers.py) */
#ifndef TORTURE_088_H
#define TORTURE_088_H
struct tfc_unsigned_char { const unsigned char v; int after; };
#endif
