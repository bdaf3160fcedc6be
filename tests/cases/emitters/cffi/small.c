/* small.c - implementation of small.h for the cffi emitter's build-and-run test. */
#include <stdlib.h>
#include <string.h>
#include "small.h"

struct small_obj { int value; };

int small_add(int a, int b) { return a + b; }

uint32_t small_sum(const bytes_t *data, size_t len)
{
    uint32_t s = 0;
    for (size_t i = 0; i < len; i++) s += data[i];
    return s;
}

int small_fill(bytes_t *out, size_t *out_len, int value)
{
    if (*out_len < 2) return -2;
    out[0] = out[1] = (bytes_t)value;
    *out_len = 2;
    return 0;
}

const char *small_strerror(int code) { return code == -2 ? "too small" : code == -3 ? "division by zero" : "unknown"; }

int small_div(int a, int b, int *quot)
{
    if (b == 0) return -3;
    *quot = a / b;
    return 0;
}

int small_each(int n, small_visit fn, void *ctx)
{
    int total = 0;
    for (int i = 0; i < n; i++) total += fn(ctx, i);
    return total;
}

struct small_rec small_make(small_color color)
{
    struct small_rec r;
    memset(&r, 0, sizeof r);
    r.pair.a = 1; r.pair.b = 2;
    r.bits = 5; r.flag = color == SMALL_GREEN;
    r.tag[0] = 'o'; r.tag[1] = 'k';
    r.weight = 1.5;
    return r;
}

small_obj *small_obj_new(int start)
{
    small_obj *o = malloc(sizeof *o);
    if (o) o->value = start;
    return o;
}

void small_obj_free(small_obj *o) { free(o); }

int small_obj_get(const small_obj *o) { return o->value; }

int small_version(void) { return 3; }

void small_iota(bytes_t *dest, size_t len)
{
    for (size_t i = 0; i < len; i++) dest[i] = (bytes_t)i;
}

int32_t small_sum16(const int16_t *values, size_t n)
{
    int32_t s = 0;
    for (size_t i = 0; i < n; i++) s += values[i];
    return s;
}
