/* torture 104: field const unsigned long long (written by make_headers.py) */
#ifndef TORTURE_104_H
#define TORTURE_104_H
struct tfc_unsigned_long_long { const unsigned long long v; int after; };
#endif
