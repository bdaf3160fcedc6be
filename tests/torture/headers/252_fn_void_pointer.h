/* torture 252: fn void pointer (written by make_headers.py) */
#ifndef TORTURE_252_H
#define TORTURE_252_H
void *tfn_18(void *p);
#ifdef TORTURE_IMPL
void *tfn_18(void *p) { return p; }
#endif
#endif
