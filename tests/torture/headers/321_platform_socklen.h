/* torture 321: platform socklen (written by make_headers.py) */
#ifndef TORTURE_321_H
#define TORTURE_321_H
#include <sys/socket.h>
struct tpl_2 { socklen_t len; sa_family_t fam; };
#endif
