/* torture 256: fn typedef anon struct pointer (written by make_headers.py) */
#ifndef TORTURE_256_H
#define TORTURE_256_H
typedef struct { int v; } tfn_22s;
int tfn_22(const tfn_22s *s);
#ifdef TORTURE_IMPL
int tfn_22(const tfn_22s *s) { return s ? s->v : 0; }
#endif
#endif
