/* torture 255: fn many params (written by make_headers.py) */
#ifndef TORTURE_255_H
#define TORTURE_255_H
long tfn_21(char a, short b, int c, long d, long long e, float f, double g, unsigned char h);
#ifdef TORTURE_IMPL
long tfn_21(char a, short b, int c, long d, long long e, float f, double g, unsigned char h) { return a + b + c + d + e + (long)f + (long)g + h; }
#endif
#endif
