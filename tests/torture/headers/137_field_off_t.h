/* torture 137: field off t (written by make_headers.py) */
#ifndef TORTURE_137_H
#define TORTURE_137_H
#include <sys/types.h>
struct tf_off_t { off_t v; int after; };
#endif
