/* torture 075: global char array sized (written by make_headers.py) */
#ifndef TORTURE_075_H
#define TORTURE_075_H
extern char tg_buf[16];
#ifdef TORTURE_IMPL
char tg_buf[16] = "hi";
#endif
#endif
