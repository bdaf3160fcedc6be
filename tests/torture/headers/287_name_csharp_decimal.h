/* torture 287: name csharp decimal (written by make_headers.py) */
#ifndef TORTURE_287_H
#define TORTURE_287_H
int decimal(int x);
#ifdef TORTURE_IMPL
int decimal(int x) { return x; }
#endif
#endif
