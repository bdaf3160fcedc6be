/* torture 097: field long (written by make_headers.py) */
#ifndef TORTURE_097_H
#define TORTURE_097_H
struct tf_long { long v; int after; };
#endif
