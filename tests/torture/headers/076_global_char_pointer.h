/* torture 076: global char pointer (written by make_headers.py) */
#ifndef TORTURE_076_H
#define TORTURE_076_H
extern const char *tg_name;
#ifdef TORTURE_IMPL
const char *tg_name = "torture";
#endif
#endif
