/* torture 187: bitfield basic (written by make_headers.py) */
#ifndef TORTURE_187_H
#define TORTURE_187_H
struct tb_1 { unsigned a : 1; unsigned b : 3; unsigned c : 28; };
#endif
