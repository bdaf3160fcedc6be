/* torture 203: packed nested (written by make_headers.py) */
#ifndef TORTURE_203_H
#define TORTURE_203_H
struct __attribute__((packed)) tp_7 { char c; struct { int a; } in; };
#endif
