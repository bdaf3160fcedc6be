/* torture 145: field intmax t (written by make_headers.py) */
#ifndef TORTURE_145_H
#define TORTURE_145_H
#include <stdint.h>
struct tf_intmax_t { intmax_t v; int after; };
#endif
