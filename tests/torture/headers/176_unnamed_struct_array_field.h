/* torture 176: unnamed struct array field (written by make_headers.py) */
#ifndef TORTURE_176_H
#define TORTURE_176_H
struct tr_o4 { struct { short a, b; } pairs[2]; };
#endif
