/* torture 164: field max align (written by make_headers.py) */
#ifndef TORTURE_164_H
#define TORTURE_164_H
#include <stddef.h>
struct tf_align { max_align_t m; char c; };
#endif
