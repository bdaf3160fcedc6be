/* torture 189: bitfield unnamed padding (written by make_headers.py) */
#ifndef TORTURE_189_H
#define TORTURE_189_H
struct tb_3 { unsigned a : 3; unsigned : 5; unsigned b : 8; };
#endif
