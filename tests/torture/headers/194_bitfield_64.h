/* torture 194: bitfield 64 (written by make_headers.py) */
#ifndef TORTURE_194_H
#define TORTURE_194_H
struct tb_8 { unsigned long long a : 40; unsigned long long b : 24; };
#endif
