/* torture 224: enum param return typedef (written by make_headers.py) */
#ifndef TORTURE_224_H
#define TORTURE_224_H
typedef enum { TE11_LO = -1, TE11_HI = 1 } te11_t;
te11_t te11_flip(te11_t v);
#ifdef TORTURE_IMPL
te11_t te11_flip(te11_t v) { return (te11_t)-v; }
#endif
#endif
