/* torture 096: field const unsigned int (written by make_headers.py) */
#ifndef TORTURE_096_H
#define TORTURE_096_H
struct tfc_unsigned_int { const unsigned int v; int after; };
#endif
