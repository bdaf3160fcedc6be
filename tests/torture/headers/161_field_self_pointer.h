/* torture 161: field self pointer (written by make_headers.py) */
#ifndef TORTURE_161_H
#define TORTURE_161_H
struct tf_node { int value; struct tf_node *next; };
#endif
