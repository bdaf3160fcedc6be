/* torture 250: fn deprecated attr (written by make_headers.py) */
#ifndef TORTURE_250_H
#define TORTURE_250_H
__attribute__((deprecated)) int tfn_16(void);
#ifdef TORTURE_IMPL
int tfn_16(void) { return 16; }
#endif
#endif
