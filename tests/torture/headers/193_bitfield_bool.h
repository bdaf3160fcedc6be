/* torture 193: bitfield bool (written by make_headers.py) */
#ifndef TORTURE_193_H
#define TORTURE_193_H
#include <stdbool.h>
struct tb_7 { bool a : 1; bool b : 1; };
#endif
