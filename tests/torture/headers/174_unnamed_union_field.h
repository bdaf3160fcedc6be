/* torture 174: unnamed union field (written by make_headers.py) */
#ifndef TORTURE_174_H
#define TORTURE_174_H
struct tr_o2 { int kind; union { int i; double d; } as; };
#endif
