/* torture 199: pragma pack 2 (written by make_headers.py) */
#ifndef TORTURE_199_H
#define TORTURE_199_H
#pragma pack(push, 2)
struct tp_3 { char c; int i; };
#pragma pack(pop)
#endif
