/* torture 308: name case only (written by make_headers.py) */
#ifndef TORTURE_308_H
#define TORTURE_308_H
struct tn_Case { int a; };
struct tn_case { int b; };
#endif
