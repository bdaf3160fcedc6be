/* torture 100: field const unsigned long (written by make_headers.py) */
#ifndef TORTURE_100_H
#define TORTURE_100_H
struct tfc_unsigned_long { const unsigned long v; int after; };
#endif
