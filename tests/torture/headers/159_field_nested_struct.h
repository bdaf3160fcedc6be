/* torture 159: field nested struct (written by make_headers.py) */
#ifndef TORTURE_159_H
#define TORTURE_159_H
struct tf_inner { int a; };
struct tf_outer { struct tf_inner in; int b; };
#endif
