/* torture 146: field const intmax t (written by make_headers.py) */
#ifndef TORTURE_146_H
#define TORTURE_146_H
#include <stdint.h>
struct tfc_intmax_t { const intmax_t v; int after; };
#endif
