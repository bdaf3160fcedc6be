/* torture 154: field funcptr (written by make_headers.py) */
#ifndef TORTURE_154_H
#define TORTURE_154_H
struct tf_fp { int (*cb)(int, void *); void *user_data; };
#endif
