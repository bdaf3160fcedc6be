/* torture 282: name csharp event (written by make_headers.py) */
#ifndef TORTURE_282_H
#define TORTURE_282_H
int event(int x);
#ifdef TORTURE_IMPL
int event(int x) { return x; }
#endif
#endif
