/* torture 168: typedef anon enum (written by make_headers.py) */
#ifndef TORTURE_168_H
#define TORTURE_168_H
typedef enum { TR_A, TR_B = 4 } tr_kind;
tr_kind tr_kind_next(tr_kind k);
#ifdef TORTURE_IMPL
tr_kind tr_kind_next(tr_kind k) { return k; }
#endif
#endif
