/* torture 179: anonymous union member (written by make_headers.py) */
#ifndef TORTURE_179_H
#define TORTURE_179_H
struct tr_o7 { int kind; union { int i; float f; }; };
#endif
