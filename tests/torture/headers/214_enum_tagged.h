/* torture 214: enum tagged (written by make_headers.py) */
#ifndef TORTURE_214_H
#define TORTURE_214_H
enum te_1 { TE1_A, TE1_B, TE1_C };
enum te_1 te1_id(enum te_1 v);
#ifdef TORTURE_IMPL
enum te_1 te1_id(enum te_1 v) { return v; }
#endif
#endif
