/* torture 258: fn param named like module (written by make_headers.py) */
#ifndef TORTURE_258_H
#define TORTURE_258_H
int tfn_24(int module, int self, int result);
#ifdef TORTURE_IMPL
int tfn_24(int module, int self, int result) { return module + self + result; }
#endif
#endif
