/* torture 152: field const array (written by make_headers.py) */
#ifndef TORTURE_152_H
#define TORTURE_152_H
struct tf_carr { const int v[3]; int w; };
#endif
