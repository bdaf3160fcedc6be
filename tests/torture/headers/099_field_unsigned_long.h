/* torture 099: field unsigned long (written by make_headers.py) */
#ifndef TORTURE_099_H
#define TORTURE_099_H
struct tf_unsigned_long { unsigned long v; int after; };
#endif
