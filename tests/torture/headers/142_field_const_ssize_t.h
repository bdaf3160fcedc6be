/* torture 142: field const ssize t (written by make_headers.py) */
#ifndef TORTURE_142_H
#define TORTURE_142_H
#include <sys/types.h>
struct tfc_ssize_t { const ssize_t v; int after; };
#endif
