/* small.h - the cffi emitter's snapshot case: one of each thing the cdef and the module must handle. */
#ifndef SMALL_H
#define SMALL_H

#include <stddef.h>
#include <stdint.h>

#define SMALL_LIMIT 64
#define SMALL_NEG (-3)
#define SMALL_NAME "small"
#define SMALL_RATIO 0.5

typedef unsigned char byte_t;
typedef byte_t bytes_t;

/** A colour. */
typedef enum small_color { SMALL_RED = 0, SMALL_GREEN = 1 } small_color;

/** A pair. */
typedef struct { int32_t a, b; } small_pair;

/** A record with a nested struct, bitfields and an array. */
struct small_rec {
    small_pair pair;
    uint32_t bits : 3;
    uint32_t flag : 1;
    uint8_t tag[2];
    double weight;
};

typedef struct small_obj small_obj;

typedef int (*small_visit)(void *ctx, int value);

/** Adds two numbers. */
int small_add(int a, int b);
/** Checksums len bytes. */
uint32_t small_sum(const bytes_t *data, size_t len);
/** Fills out (capacity *out_len) and stores the count written. */
int small_fill(bytes_t *out, size_t *out_len, int value);
/** Returns the message of a status code. */
const char *small_strerror(int code);
/** Divides. */
int small_div(int a, int b, int *quot);
/** Visits n values. */
int small_each(int n, small_visit fn, void *ctx);
struct small_rec small_make(small_color color);
small_obj *small_obj_new(int start);
void small_obj_free(small_obj *o);
int small_obj_get(const small_obj *o);
/** The library's version number. */
int small_version(void);
/** Writes len bytes 0, 1, 2, ... into dest. */
void small_iota(bytes_t *dest, size_t len);
/** Sums n 16-bit values. */
int32_t small_sum16(const int16_t *values, size_t n);

#endif
