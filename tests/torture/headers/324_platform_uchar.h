/* torture 324: platform uchar (written by make_headers.py) */
#ifndef TORTURE_324_H
#define TORTURE_324_H
#include <uchar.h>
struct tpl_4 { char16_t a; char32_t b; };
#endif
