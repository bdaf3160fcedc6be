/* torture 230: fp callback user data (written by make_headers.py) */
#ifndef TORTURE_230_H
#define TORTURE_230_H
typedef void (*tfp_5cb)(int value, void *user_data);
void tfp5_each(int n, tfp_5cb cb, void *user_data);
#ifdef TORTURE_IMPL
void tfp5_each(int n, tfp_5cb cb, void *user_data) { for (int i = 0; i < n; i++) cb(i, user_data); }
#endif
#endif
