/* torture 065: global bool (written by make_headers.py) */
#ifndef TORTURE_065_H
#define TORTURE_065_H
#include <stdbool.h>
extern bool tg_bool;
#ifdef TORTURE_IMPL
bool tg_bool = 0;
#endif
#endif
