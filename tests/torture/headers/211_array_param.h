/* torture 211: array param (written by make_headers.py) */
#ifndef TORTURE_211_H
#define TORTURE_211_H
int ta_sum4(const int v[4]);
#ifdef TORTURE_IMPL
int ta_sum4(const int v[4]) { return v[0] + v[1] + v[2] + v[3]; }
#endif
#endif
