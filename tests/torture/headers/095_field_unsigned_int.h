/* torture 095: field unsigned int (written by make_headers.py) */
#ifndef TORTURE_095_H
#define TORTURE_095_H
struct tf_unsigned_int { unsigned int v; int after; };
#endif
