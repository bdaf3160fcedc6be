um_ctx *um_open(um_mode mode);
void um_close(um_ctx *c);
int um_mode_of(um_ctx *c);
int um_add(um_point p);
int um_check(int code);
/** Not named by the spec: the default rules bind only what `headers` declare, so it stays out. */
int um_unnamed(void);
