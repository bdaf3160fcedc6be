/* torture 229: fp returning fp (written by make_headers.py) */
#ifndef TORTURE_229_H
#define TORTURE_229_H
typedef int (*tfp_4i)(int);
typedef tfp_4i (*tfp_4f)(void);
struct tfp_4s { tfp_4f get; };
#endif
