/* torture 092: field const unsigned short (written by make_headers.py) */
#ifndef TORTURE_092_H
#define TORTURE_092_H
struct tfc_unsigned_short { const unsigned short v; int after; };
#endif
