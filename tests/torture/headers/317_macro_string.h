/* torture 317: macro string (written by make_headers.py) */
#ifndef TORTURE_317_H
#define TORTURE_317_H
#define TM_STR "torture"
#define TM_ESC "a\tb\"c"
#endif
