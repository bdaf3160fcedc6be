/* torture 186: empty union member struct (written by make_headers.py) */
#ifndef TORTURE_186_H
#define TORTURE_186_H
union tr_u1 { int i; struct { char a, b; } pair; };
#endif
