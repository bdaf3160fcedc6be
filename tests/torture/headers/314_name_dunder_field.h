/* torture 314: name dunder field (written by make_headers.py) */
#ifndef TORTURE_314_H
#define TORTURE_314_H
struct tn_d { int __class__; int __dict__; };
#endif
