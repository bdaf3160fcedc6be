/* torture 165: field keyword names (written by make_headers.py) */
#ifndef TORTURE_165_H
#define TORTURE_165_H
struct tf_kw { int def; int class_; int lambda; int None; int self; int string; int object; int cdef; int base; int out; };
#endif
