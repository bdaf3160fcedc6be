/* torture 323: platform timespec (written by make_headers.py) */
#ifndef TORTURE_323_H
#define TORTURE_323_H
#include <time.h>
struct tpl_3 { struct timespec ts; };
#endif
