/* torture 197: packed attribute (written by make_headers.py) */
#ifndef TORTURE_197_H
#define TORTURE_197_H
struct __attribute__((packed)) tp_1 { char c; int i; short s; };
#endif
