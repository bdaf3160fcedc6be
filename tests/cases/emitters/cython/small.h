/* small.h - a compact header for the Cython emitter's snapshot: one of each kind of declaration. */
#ifndef SMALL_H
#define SMALL_H

#include <stddef.h>
#include <stdint.h>

/** Library version. */
#define SMALL_VERSION "0.1"
/** Largest size. */
#define SMALL_MAX 0xFFFFFFFFu
/** A ratio. */
#define SMALL_RATIO 0.5
#define SMALL_OK 0
#define SMALL_EFAIL (-1)

/** Modes. */
typedef enum small_mode { SMALL_MODE_FAST = 1, SMALL_MODE_SAFE = 2 } small_mode;

/** Option bits. */
enum small_flags { SMALL_F_A = 1, SMALL_F_B = 2 };

/** A 2-D vector. */
typedef struct { int16_t x, y; } small_vec;

/** A record with a nested struct, bitfields, an array and an anonymous union. */
struct small_rec {
    small_vec pos;
    unsigned kind : 2;
    unsigned on : 1;
    uint8_t id[3];
    union { int32_t i; float f; };
    double weight;
};

/** A tagged value: a named field of a type without a name (only the .pxd reaches into it). */
struct small_tagged { int tag; union { int32_t i; double d; } as; };

/** An opaque context. */
typedef struct small_ctx small_ctx;

/** Visitor: return non-zero to stop. */
typedef int (*small_visit)(void *user, int value);

/** Creates a context; NULL on failure. */
small_ctx *small_open(int level);
/** Destroys a context. */
void small_close(small_ctx *c);
/** Adds to the context's total; SMALL_EFAIL on overflow. */
int small_ctx_add(small_ctx *c, int64_t by);
/** Last error text of a context. */
const char *small_ctx_error(const small_ctx *c);
/** Calls fn for 0..n-1. */
int small_ctx_each(small_ctx *c, int n, small_visit fn, void *user);

/** Message for a code. */
const char *small_strerror(int code);
/** Sum of bytes. */
uint32_t small_sum(const uint8_t *data, size_t len);
/** Fills out (capacity *out_len) and stores the produced length. */
int small_fill(uint8_t *out, size_t *out_len, uint8_t value);
/** Bound for small_copy. */
size_t small_bound(size_t n);
/** Copies in into out. */
int small_copy(uint8_t *out, size_t *out_len, const uint8_t *in, size_t in_len);
/** Newly allocated greeting; free with small_free. */
char *small_greet(const char *name);
/** Frees small_greet results. */
void small_free(void *p);
/** Splits v into quotient and remainder by d. */
int small_divmod(int v, int d, int *q, int *r);
/** Length of a vector (squared), by value. */
int32_t small_len2(small_vec v);
/** Scales a record in place. */
void small_scale(struct small_rec *r, double k);
/** Next mode. */
small_mode small_next(small_mode m);

#endif
