/* torture 235: fn void void (written by make_headers.py) */
#ifndef TORTURE_235_H
#define TORTURE_235_H
void tfn_1(void);
#ifdef TORTURE_IMPL
void tfn_1(void) {}
#endif
#endif
