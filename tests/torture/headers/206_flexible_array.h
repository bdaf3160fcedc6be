/* torture 206: flexible array (written by make_headers.py) */
#ifndef TORTURE_206_H
#define TORTURE_206_H
struct ta_1 { int n; int data[]; };
#endif
