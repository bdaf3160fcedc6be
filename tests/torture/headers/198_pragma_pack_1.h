/* torture 198: pragma pack 1 (written by make_headers.py) */
#ifndef TORTURE_198_H
#define TORTURE_198_H
#pragma pack(push, 1)
struct tp_2 { char c; double d; };
#pragma pack(pop)
#endif
