/* torture 262: name python await (written by make_headers.py) */
#ifndef TORTURE_262_H
#define TORTURE_262_H
int await(int x);
#ifdef TORTURE_IMPL
int await(int x) { return x; }
#endif
#endif
