/* torture 160: field struct array (written by make_headers.py) */
#ifndef TORTURE_160_H
#define TORTURE_160_H
struct tf_pt2 { short x, y; };
struct tf_poly { struct tf_pt2 pts[3]; };
#endif
