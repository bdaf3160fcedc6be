#ifndef FUNCTIONS_H
#define FUNCTIONS_H

#include <stddef.h>

struct handle;

/* Opens a handle; returns NULL on failure. */
struct handle *fn_open(const char *path, int flags);

void fn_close(struct handle *);

int fn_unnamed_mix(int, const void *data, size_t);

void fn_no_params(void);

/* An old-style declaration without a prototype. */
int fn_no_prototype();

int fn_printf(const char *format, ...);

unsigned long long fn_wide(signed char a, unsigned char b, short c, unsigned short d,
                           long e, unsigned long f, float g, double h, _Bool i);

void fn_arrays(int fixed[4], const char *strings[], double matrix[2][3]);

static inline int fn_square(int x) { return x * x; }

static int fn_static(void) { return 7; }

const char *const *fn_const_ptrs(volatile int *counter);

#endif
