/* torture 210: array typedef (written by make_headers.py) */
#ifndef TORTURE_210_H
#define TORTURE_210_H
typedef unsigned char ta_uuid[16];
struct ta_5 { ta_uuid id; };
#endif
