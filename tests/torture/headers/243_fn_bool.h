/* torture 243: fn bool (written by make_headers.py) */
#ifndef TORTURE_243_H
#define TORTURE_243_H
#include <stdbool.h>
bool tfn_9(bool v);
#ifdef TORTURE_IMPL
bool tfn_9(bool v) { return !v; }
#endif
#endif
