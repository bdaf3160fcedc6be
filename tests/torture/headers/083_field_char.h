/* torture 083: field char (written by make_headers.py) */
#ifndef TORTURE_083_H
#define TORTURE_083_H
struct tf_char { char v; int after; };
#endif
