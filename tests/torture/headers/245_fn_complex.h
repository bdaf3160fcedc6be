/* torture 245: fn complex (written by make_headers.py) */
#ifndef TORTURE_245_H
#define TORTURE_245_H
double _Complex tfn_11(double _Complex v);
#ifdef TORTURE_IMPL
double _Complex tfn_11(double _Complex v) { return v; }
#endif
#endif
