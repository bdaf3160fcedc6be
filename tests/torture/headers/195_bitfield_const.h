/* torture 195: bitfield const (written by make_headers.py) */
#ifndef TORTURE_195_H
#define TORTURE_195_H
struct tb_9 { const unsigned a : 4; unsigned b : 4; };
#endif
