/* torture 303: name csharp using (written by make_headers.py) */
#ifndef TORTURE_303_H
#define TORTURE_303_H
int using(int x);
#ifdef TORTURE_IMPL
int using(int x) { return x; }
#endif
#endif
