/* torture 135: field wchar t (written by make_headers.py) */
#ifndef TORTURE_135_H
#define TORTURE_135_H
#include <stddef.h>
struct tf_wchar_t { wchar_t v; int after; };
#endif
