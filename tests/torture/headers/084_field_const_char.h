/* torture 084: field const char (written by make_headers.py) */
#ifndef TORTURE_084_H
#define TORTURE_084_H
struct tfc_char { const char v; int after; };
#endif
