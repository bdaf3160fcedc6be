/* torture 232: fp array field (written by make_headers.py) */
#ifndef TORTURE_232_H
#define TORTURE_232_H
struct tfp_7 { void (*hooks[3])(void); };
#endif
