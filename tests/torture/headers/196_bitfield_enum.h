/* torture 196: bitfield enum (written by make_headers.py) */
#ifndef TORTURE_196_H
#define TORTURE_196_H
enum tb_e { TB_A, TB_B };
struct tb_10 { enum tb_e e : 2; unsigned x : 6; };
#endif
