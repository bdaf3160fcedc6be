/* torture 085: field signed char (written by make_headers.py) */
#ifndef TORTURE_085_H
#define TORTURE_085_H
struct tf_signed_char { signed char v; int after; };
#endif
