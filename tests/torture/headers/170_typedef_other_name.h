/* torture 170: typedef other name (written by make_headers.py) */
#ifndef TORTURE_170_H
#define TORTURE_170_H
typedef struct tr_tag { int v; } tr_alias;
#endif
