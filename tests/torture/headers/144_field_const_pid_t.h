/* torture 144: field const pid t (written by make_headers.py) */
#ifndef TORTURE_144_H
#define TORTURE_144_H
#include <sys/types.h>
struct tfc_pid_t { const pid_t v; int after; };
#endif
