/* torture 109: field  Bool (written by make_headers.py) */
#ifndef TORTURE_109_H
#define TORTURE_109_H
struct tf__Bool { _Bool v; int after; };
#endif
