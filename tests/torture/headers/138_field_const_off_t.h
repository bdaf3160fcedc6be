/* torture 138: field const off t (written by make_headers.py) */
#ifndef TORTURE_138_H
#define TORTURE_138_H
#include <sys/types.h>
struct tfc_off_t { const off_t v; int after; };
#endif
