/* torture 248: fn va list (written by make_headers.py) */
#ifndef TORTURE_248_H
#define TORTURE_248_H
#include <stdarg.h>
int tfn_14(const char *fmt, va_list ap);
#ifdef TORTURE_IMPL
int tfn_14(const char *fmt, va_list ap) { (void)fmt; (void)ap; return 0; }
#endif
#endif
