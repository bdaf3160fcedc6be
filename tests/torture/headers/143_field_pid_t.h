/* torture 143: field pid t (written by make_headers.py) */
#ifndef TORTURE_143_H
#define TORTURE_143_H
#include <sys/types.h>
struct tf_pid_t { pid_t v; int after; };
#endif
