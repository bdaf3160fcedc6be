/* torture 307: name param keywords (written by make_headers.py) */
#ifndef TORTURE_307_H
#define TORTURE_307_H
int tn_p(int def, int class_, int string, int object, int lambda, int in_);
#ifdef TORTURE_IMPL
int tn_p(int def, int class_, int string, int object, int lambda, int in_) { return def + class_ + string + object + lambda + in_; }
#endif
#endif
