/* torture 081: global anon struct (written by make_headers.py) */
#ifndef TORTURE_081_H
#define TORTURE_081_H
extern struct { int a; } tg_anon;
#ifdef TORTURE_IMPL
__typeof__(tg_anon) tg_anon;
#endif
#endif
