/* torture 228: fp function typedef (written by make_headers.py) */
#ifndef TORTURE_228_H
#define TORTURE_228_H
typedef int tfp_3fn(int, int);
struct tfp_3s { tfp_3fn *op; };
#endif
