/* torture 217: enum unsigned big (written by make_headers.py) */
#ifndef TORTURE_217_H
#define TORTURE_217_H
enum te_4 { TE4_BIG = 0xFFFFFFFFu };
#endif
