/* torture 202: packed union (written by make_headers.py) */
#ifndef TORTURE_202_H
#define TORTURE_202_H
union __attribute__((packed)) tp_6 { char c; int i; };
#endif
