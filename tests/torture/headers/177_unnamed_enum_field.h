/* torture 177: unnamed enum field (written by make_headers.py) */
#ifndef TORTURE_177_H
#define TORTURE_177_H
struct tr_o5 { enum { TR5_OFF, TR5_ON } mode; int v; };
#endif
