/* torture 089: field short (written by make_headers.py) */
#ifndef TORTURE_089_H
#define TORTURE_089_H
struct tf_short { short v; int after; };
#endif
