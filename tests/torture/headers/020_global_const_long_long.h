/* torture 020: global const long long (written by make_headers.py) */
#ifndef TORTURE_020_H
#define TORTURE_020_H
extern const long long tgc_long_long;
#ifdef TORTURE_IMPL
const long long tgc_long_long = 0;
#endif
#endif
