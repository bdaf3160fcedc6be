/* torture 053: global wchar t (written by make_headers.py) */
#ifndef TORTURE_053_H
#define TORTURE_053_H
#include <stddef.h>
extern wchar_t tg_wchar_t;
#ifdef TORTURE_IMPL
wchar_t tg_wchar_t = 0;
#endif
#endif
