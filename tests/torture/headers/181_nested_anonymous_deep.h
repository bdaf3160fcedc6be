/* torture 181: nested anonymous deep (written by make_headers.py) */
#ifndef TORTURE_181_H
#define TORTURE_181_H
struct tr_o9 { struct { union { struct { int x; } pt; int raw; } u; } outer; };
#endif
