/* torture 221: enum empty typedef (written by make_headers.py) */
#ifndef TORTURE_221_H
#define TORTURE_221_H
typedef enum te_8 { TE8_ONLY } te_8_t;
te_8_t te8_get(void);
#ifdef TORTURE_IMPL
te_8_t te8_get(void) { return TE8_ONLY; }
#endif
#endif
