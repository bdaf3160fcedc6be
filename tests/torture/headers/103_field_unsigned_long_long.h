/* torture 103: field unsigned long long (written by make_headers.py) */
#ifndef TORTURE_103_H
#define TORTURE_103_H
struct tf_unsigned_long_long { unsigned long long v; int after; };
#endif
