/* torture 098: field const long (written by make_headers.py) */
#ifndef TORTURE_098_H
#define TORTURE_098_H
struct tfc_long { const long v; int after; };
#endif
