/* torture 215: enum anonymous top (written by make_headers.py) */
#ifndef TORTURE_215_H
#define TORTURE_215_H
enum { TE2_ONE = 1, TE2_TWO = 2 };
#endif
