/* torture 054: global const wchar t (written by make_headers.py) */
#ifndef TORTURE_054_H
#define TORTURE_054_H
#include <stddef.h>
extern const wchar_t tgc_wchar_t;
#ifdef TORTURE_IMPL
const wchar_t tgc_wchar_t = 0;
#endif
#endif
