/* torture 150: field const long double (written by make_headers.py) */
#ifndef TORTURE_150_H
#define TORTURE_150_H
struct tfc_long_double { const long double v; int after; };
#endif
