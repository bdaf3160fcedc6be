/* torture 070: global typedef chain (written by make_headers.py) */
#ifndef TORTURE_070_H
#define TORTURE_070_H
typedef unsigned tg_u1;
typedef tg_u1 tg_u2;
typedef const tg_u2 tg_u3;
extern tg_u3 tg_chain;
#ifdef TORTURE_IMPL
tg_u3 tg_chain = 2;
#endif
#endif
