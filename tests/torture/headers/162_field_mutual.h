/* torture 162: field mutual (written by make_headers.py) */
#ifndef TORTURE_162_H
#define TORTURE_162_H
struct tf_b;
struct tf_a { struct tf_b *b; };
struct tf_b { struct tf_a *a; int v; };
#endif
