/* torture 153: field pointer (written by make_headers.py) */
#ifndef TORTURE_153_H
#define TORTURE_153_H
struct tf_ptr { int *p; const char *s; void *any; };
#endif
