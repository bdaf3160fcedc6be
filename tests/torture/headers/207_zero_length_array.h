/* torture 207: zero length array (written by make_headers.py) */
#ifndef TORTURE_207_H
#define TORTURE_207_H
struct ta_2 { int n; int data[0]; };
#endif
