/* torture 086: field const signed char (written by make_headers.py) */
#ifndef TORTURE_086_H
#define TORTURE_086_H
struct tfc_signed_char { const signed char v; int after; };
#endif
