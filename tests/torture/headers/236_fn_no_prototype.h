/* torture 236: fn no prototype (written by make_headers.py) */
#ifndef TORTURE_236_H
#define TORTURE_236_H
int tfn_2();
#ifdef TORTURE_IMPL
int tfn_2() { return 2; }
#endif
#endif
