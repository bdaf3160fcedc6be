/* torture 180: anonymous struct member (written by make_headers.py) */
#ifndef TORTURE_180_H
#define TORTURE_180_H
struct tr_o8 { union { struct { short lo, hi; }; int whole; }; };
#endif
