/* torture 136: field const wchar t (written by make_headers.py) */
#ifndef TORTURE_136_H
#define TORTURE_136_H
#include <stddef.h>
struct tfc_wchar_t { const wchar_t v; int after; };
#endif
