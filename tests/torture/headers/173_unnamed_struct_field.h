/* torture 173: unnamed struct field (written by make_headers.py) */
#ifndef TORTURE_173_H
#define TORTURE_173_H
struct tr_o1 { int a; struct { int b; char c; } inner; };
#endif
