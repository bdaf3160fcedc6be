/* torture 155: field complex (written by make_headers.py) */
#ifndef TORTURE_155_H
#define TORTURE_155_H
struct tf_cplx { double _Complex z; int after; };
#endif
