/* torture 306: name lowercase enum (written by make_headers.py) */
#ifndef TORTURE_306_H
#define TORTURE_306_H
typedef enum { tn_a, tn_b } colour;
#endif
