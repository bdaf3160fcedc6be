/* torture 220: enum keyword members (written by make_headers.py) */
#ifndef TORTURE_220_H
#define TORTURE_220_H
enum te_7 { None, True, False, pass, raise, with };
#endif
