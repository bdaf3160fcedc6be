/* torture 209: zero length struct array (written by make_headers.py) */
#ifndef TORTURE_209_H
#define TORTURE_209_H
struct ta_4e { int a; };
struct ta_4 { int n; struct ta_4e items[0]; };
#endif
