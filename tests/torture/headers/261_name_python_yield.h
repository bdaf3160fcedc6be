/* torture 261: name python yield (written by make_headers.py) */
#ifndef TORTURE_261_H
#define TORTURE_261_H
int yield(int x);
#ifdef TORTURE_IMPL
int yield(int x) { return x; }
#endif
#endif
