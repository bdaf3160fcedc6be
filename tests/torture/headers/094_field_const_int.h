/* torture 094: field const int (written by make_headers.py) */
#ifndef TORTURE_094_H
#define TORTURE_094_H
struct tfc_int { const int v; int after; };
#endif
