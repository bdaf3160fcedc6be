/* torture 147: field bool (written by make_headers.py) */
#ifndef TORTURE_147_H
#define TORTURE_147_H
#include <stdbool.h>
struct tf_bool { bool v; int after; };
#endif
