/* torture 106: field const float (written by make_headers.py) */
#ifndef TORTURE_106_H
#define TORTURE_106_H
struct tfc_float { const float v; int after; };
#endif
