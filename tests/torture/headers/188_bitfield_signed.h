/* torture 188: bitfield signed (written by make_headers.py) */
#ifndef TORTURE_188_H
#define TORTURE_188_H
struct tb_2 { int a : 4; int b : 4; signed char c : 3; };
#endif
