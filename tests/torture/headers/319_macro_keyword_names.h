/* torture 319: macro keyword names (written by make_headers.py) */
#ifndef TORTURE_319_H
#define TORTURE_319_H
#define async 1
#define nonlocal 2
#define lock_ 3
#endif
