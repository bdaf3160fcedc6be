/* torture 316: macro float (written by make_headers.py) */
#ifndef TORTURE_316_H
#define TORTURE_316_H
#define TM_PI 3.14159
#define TM_F 1.5f
#endif
