/* torture 131: field intptr t (written by make_headers.py) */
#ifndef TORTURE_131_H
#define TORTURE_131_H
#include <stdint.h>
struct tf_intptr_t { intptr_t v; int after; };
#endif
