/* torture 320: platform typedef struct (written by make_headers.py) */
#ifndef TORTURE_320_H
#define TORTURE_320_H
#include <sys/types.h>
#include <time.h>
#include <stdint.h>
struct tpl_1 { off_t off; time_t t; pid_t pid; ssize_t n; uintptr_t p; };
#endif
