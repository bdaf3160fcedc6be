/* torture 251: fn char pointer return (written by make_headers.py) */
#ifndef TORTURE_251_H
#define TORTURE_251_H
const char *tfn_17(void);
#ifdef TORTURE_IMPL
const char *tfn_17(void) { return "seventeen"; }
#endif
#endif
