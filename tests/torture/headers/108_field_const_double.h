/* torture 108: field const double (written by make_headers.py) */
#ifndef TORTURE_108_H
#define TORTURE_108_H
struct tfc_double { const double v; int after; };
#endif
