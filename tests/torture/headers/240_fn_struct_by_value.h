/* torture 240: fn struct by value (written by make_headers.py) */
#ifndef TORTURE_240_H
#define TORTURE_240_H
struct tfn_6s { int a; double b; };
struct tfn_6s tfn_6(struct tfn_6s v);
#ifdef TORTURE_IMPL
struct tfn_6s tfn_6(struct tfn_6s v) { return v; }
#endif
#endif
