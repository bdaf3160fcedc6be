/* torture 127: field size t (written by make_headers.py) */
#ifndef TORTURE_127_H
#define TORTURE_127_H
#include <stddef.h>
struct tf_size_t { size_t v; int after; };
#endif
