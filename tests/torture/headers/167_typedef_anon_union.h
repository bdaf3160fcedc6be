/* torture 167: typedef anon union (written by make_headers.py) */
#ifndef TORTURE_167_H
#define TORTURE_167_H
typedef union { int i; float f; } tr_num;
int tr_num_int(tr_num n);
#ifdef TORTURE_IMPL
int tr_num_int(tr_num n) { return n.i; }
#endif
#endif
