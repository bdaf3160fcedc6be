/* torture 158: field 2d array (written by make_headers.py) */
#ifndef TORTURE_158_H
#define TORTURE_158_H
struct tf_grid { int cells[3][4]; };
#endif
