/* torture 082: global static (written by make_headers.py) */
#ifndef TORTURE_082_H
#define TORTURE_082_H
static const int tg_static_one = 1;
int tg_static_user(void);
#ifdef TORTURE_IMPL
int tg_static_user(void) { return tg_static_one; }
#endif
#endif
