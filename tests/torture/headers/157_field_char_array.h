/* torture 157: field char array (written by make_headers.py) */
#ifndef TORTURE_157_H
#define TORTURE_157_H
struct tf_name { char name[32]; unsigned char raw[4]; };
#endif
