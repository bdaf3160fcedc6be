/* torture 023: global float (written by make_headers.py) */
#ifndef TORTURE_023_H
#define TORTURE_023_H
extern float tg_float;
#ifdef TORTURE_IMPL
float tg_float = 0;
#endif
#endif
