/* torture 237: fn variadic (written by make_headers.py) */
#ifndef TORTURE_237_H
#define TORTURE_237_H
int tfn_3(const char *fmt, ...);
#ifdef TORTURE_IMPL
int tfn_3(const char *fmt, ...) { (void)fmt; return 0; }
#endif
#endif
