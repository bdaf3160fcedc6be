/* torture 175: unnamed struct pointer field (written by make_headers.py) */
#ifndef TORTURE_175_H
#define TORTURE_175_H
struct tr_o3 { struct { int q; } *pq; int n; };
#endif
