/* torture 233: fp variadic field (written by make_headers.py) */
#ifndef TORTURE_233_H
#define TORTURE_233_H
struct tfp_8 { int (*printf_like)(const char *, ...); };
#endif
