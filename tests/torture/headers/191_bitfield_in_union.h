/* torture 191: bitfield in union (written by make_headers.py) */
#ifndef TORTURE_191_H
#define TORTURE_191_H
union tb_5 { unsigned a : 3; unsigned char b; };
#endif
