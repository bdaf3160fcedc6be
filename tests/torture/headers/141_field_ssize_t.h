/* torture 141: field ssize t (written by make_headers.py) */
#ifndef TORTURE_141_H
#define TORTURE_141_H
#include <sys/types.h>
struct tf_ssize_t { ssize_t v; int after; };
#endif
