/* torture 178: unnamed enum field typedef parent (written by make_headers.py) */
#ifndef TORTURE_178_H
#define TORTURE_178_H
typedef struct { enum { TR6_X, TR6_Y = 9 } e; } tr_o6;
#endif
