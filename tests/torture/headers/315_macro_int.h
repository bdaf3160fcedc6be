/* torture 315: macro int (written by make_headers.py) */
#ifndef TORTURE_315_H
#define TORTURE_315_H
#define TM_INT 42
#define TM_NEG (-7)
#define TM_HEX 0xFFu
#endif
