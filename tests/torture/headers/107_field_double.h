/* torture 107: field double (written by make_headers.py) */
#ifndef TORTURE_107_H
#define TORTURE_107_H
struct tf_double { double v; int after; };
#endif
