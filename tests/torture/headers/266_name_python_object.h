/* torture 266: name python object (written by make_headers.py) */
#ifndef TORTURE_266_H
#define TORTURE_266_H
int object(int x);
#ifdef TORTURE_IMPL
int object(int x) { return x; }
#endif
#endif
