/* torture 148: field const bool (written by make_headers.py) */
#ifndef TORTURE_148_H
#define TORTURE_148_H
#include <stdbool.h>
struct tfc_bool { const bool v; int after; };
#endif
