/* torture 238: fn static inline (written by make_headers.py) */
#ifndef TORTURE_238_H
#define TORTURE_238_H
static inline int tfn_4(int a) { return a + 4; }
#endif
