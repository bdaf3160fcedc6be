/* torture 185: opaque forward (written by make_headers.py) */
#ifndef TORTURE_185_H
#define TORTURE_185_H
struct tr_opaque;
struct tr_opaque *tr_opaque_new(void);
void tr_opaque_free(struct tr_opaque *o);
#ifdef TORTURE_IMPL
struct tr_opaque { int x; };
struct tr_opaque *tr_opaque_new(void) { return 0; }
void tr_opaque_free(struct tr_opaque *o) { (void)o; }
#endif
#endif
