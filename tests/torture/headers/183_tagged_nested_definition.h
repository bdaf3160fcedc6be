/* torture 183: tagged nested definition (written by make_headers.py) */
#ifndef TORTURE_183_H
#define TORTURE_183_H
struct tr_o11 { struct tr_o11_in { int z; } in; int w; };
#endif
