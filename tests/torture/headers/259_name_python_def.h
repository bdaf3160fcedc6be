/* torture 259: name python def (written by make_headers.py) */
#ifndef TORTURE_259_H
#define TORTURE_259_H
int def(int x);
#ifdef TORTURE_IMPL
int def(int x) { return x; }
#endif
#endif
