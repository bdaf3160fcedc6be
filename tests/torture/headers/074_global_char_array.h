/* torture 074: global char array (written by make_headers.py) */
#ifndef TORTURE_074_H
#define TORTURE_074_H
extern const char tg_version[];
#ifdef TORTURE_IMPL
const char tg_version[] = "1.0";
#endif
#endif
