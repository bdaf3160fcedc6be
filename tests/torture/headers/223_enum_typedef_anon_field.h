/* torture 223: enum typedef anon field (written by make_headers.py) */
#ifndef TORTURE_223_H
#define TORTURE_223_H
typedef enum { TE10_X, TE10_Y } te10_kind;
struct te_10 { te10_kind k; };
#endif
