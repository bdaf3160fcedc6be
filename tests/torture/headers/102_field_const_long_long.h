/* torture 102: field const long long (written by make_headers.py) */
#ifndef TORTURE_102_H
#define TORTURE_102_H
struct tfc_long_long { const long long v; int after; };
#endif
