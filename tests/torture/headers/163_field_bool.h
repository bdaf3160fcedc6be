/* torture 163: field bool (written by make_headers.py) */
#ifndef TORTURE_163_H
#define TORTURE_163_H
#include <stdbool.h>
struct tf_flags { bool on; _Bool off; };
#endif
