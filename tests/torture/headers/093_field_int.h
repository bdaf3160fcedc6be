/* torture 093: field int (written by make_headers.py) */
#ifndef TORTURE_093_H
#define TORTURE_093_H
struct tf_int { int v; int after; };
#endif
