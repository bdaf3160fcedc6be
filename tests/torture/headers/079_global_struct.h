/* torture 079: global struct (written by make_headers.py) */
#ifndef TORTURE_079_H
#define TORTURE_079_H
struct tg_pt { int x, y; };
extern struct tg_pt tg_point;
#ifdef TORTURE_IMPL
struct tg_pt tg_point;
#endif
#endif
