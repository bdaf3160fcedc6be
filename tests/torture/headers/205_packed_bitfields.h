/* torture 205: packed bitfields (written by make_headers.py) */
#ifndef TORTURE_205_H
#define TORTURE_205_H
struct __attribute__((packed)) tp_9 { unsigned a : 3; unsigned b : 13; char c; };
#endif
