/* torture 302: name csharp new (written by make_headers.py) */
#ifndef TORTURE_302_H
#define TORTURE_302_H
int new_(int x);
#ifdef TORTURE_IMPL
int new_(int x) { return x; }
#endif
#endif
