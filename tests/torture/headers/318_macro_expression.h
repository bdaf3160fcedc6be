/* torture 318: macro expression (written by make_headers.py) */
#ifndef TORTURE_318_H
#define TORTURE_318_H
#define TM_A 4
#define TM_B (TM_A * 2 + 1)
#define TM_SHIFT (1u << 31)
#endif
