/* torture 077: global int pointer (written by make_headers.py) */
#ifndef TORTURE_077_H
#define TORTURE_077_H
extern int *tg_intp;
#ifdef TORTURE_IMPL
int *tg_intp;
#endif
#endif
