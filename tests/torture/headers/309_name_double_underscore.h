/* torture 309: name double underscore (written by make_headers.py) */
#ifndef TORTURE_309_H
#define TORTURE_309_H
struct __tn_private { int __x; };
int __tn_fn(int __a);
#ifdef TORTURE_IMPL
int __tn_fn(int __a) { return __a; }
#endif
#endif
