/* torture 204: alignas field (written by make_headers.py) */
#ifndef TORTURE_204_H
#define TORTURE_204_H
#include <stdalign.h>
struct tp_8 { char c; alignas(32) int i; };
#endif
