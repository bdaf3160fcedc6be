/* torture 190: bitfield zero width (written by make_headers.py) */
#ifndef TORTURE_190_H
#define TORTURE_190_H
struct tb_4 { unsigned a : 3; unsigned : 0; unsigned b : 2; };
#endif
