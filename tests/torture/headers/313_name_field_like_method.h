/* torture 313: name field like method (written by make_headers.py) */
#ifndef TORTURE_313_H
#define TORTURE_313_H
struct tn_m { int close; int __init__; int copy; int keys; };
#endif
