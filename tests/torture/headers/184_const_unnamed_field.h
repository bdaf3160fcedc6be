/* torture 184: const unnamed field (written by make_headers.py) */
#ifndef TORTURE_184_H
#define TORTURE_184_H
struct tr_o12 { const struct { int a; } c; };
#endif
