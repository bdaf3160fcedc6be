/* torture 156: field int128 (written by make_headers.py) */
#ifndef TORTURE_156_H
#define TORTURE_156_H
struct tf_i128 { __int128 big; unsigned __int128 ubig; int after; };
#endif
