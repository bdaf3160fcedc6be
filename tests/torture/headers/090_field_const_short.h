/* torture 090: field const short (written by make_headers.py) */
#ifndef TORTURE_090_H
#define TORTURE_090_H
struct tfc_short { const short v; int after; };
#endif
