/* torture 110: field const  Bool (written by make_headers.py) */
#ifndef TORTURE_110_H
#define TORTURE_110_H
struct tfc__Bool { const _Bool v; int after; };
#endif
