#include <stdlib.h>
#include "um.h"

struct um_ctx { um_mode mode; };
um_ctx *um_open(um_mode mode) { um_ctx *c = malloc(sizeof *c); if (c) c->mode = mode; return c; }
void um_close(um_ctx *c) { free(c); }
int um_mode_of(um_ctx *c) { return (int)c->mode; }
int um_add(um_point p) { return p.x + p.y; }
int um_check(int code) { return code; }
int um_unnamed(void) { return 7; }
const char *um_strerror(int code) { return code == -2 ? "too slow" : "failed"; }
