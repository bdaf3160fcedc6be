/* torture 101: field long long (written by make_headers.py) */
#ifndef TORTURE_101_H
#define TORTURE_101_H
struct tf_long_long { long long v; int after; };
#endif
