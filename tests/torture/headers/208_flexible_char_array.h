/* torture 208: flexible char array (written by make_headers.py) */
#ifndef TORTURE_208_H
#define TORTURE_208_H
struct ta_3 { unsigned len; char text[]; };
#endif
