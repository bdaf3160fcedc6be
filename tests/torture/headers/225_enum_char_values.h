/* torture 225: enum char values (written by make_headers.py) */
#ifndef TORTURE_225_H
#define TORTURE_225_H
enum te_12 { TE12_A = 'a', TE12_Z = 'z' };
#endif
