/* torture 105: field float (written by make_headers.py) */
#ifndef TORTURE_105_H
#define TORTURE_105_H
struct tf_float { float v; int after; };
#endif
