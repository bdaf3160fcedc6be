/* torture 213: array of pointers field (written by make_headers.py) */
#ifndef TORTURE_213_H
#define TORTURE_213_H
struct ta_6 { const char *names[3]; };
#endif
