/* torture 254: fn unsigned char pointer (written by make_headers.py) */
#ifndef TORTURE_254_H
#define TORTURE_254_H
unsigned tfn_20(const unsigned char *data, unsigned len);
#ifdef TORTURE_IMPL
unsigned tfn_20(const unsigned char *data, unsigned len) { (void)data; return len; }
#endif
#endif
