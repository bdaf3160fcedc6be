/* torture 149: field long double (written by make_headers.py) */
#ifndef TORTURE_149_H
#define TORTURE_149_H
struct tf_long_double { long double v; int after; };
#endif
