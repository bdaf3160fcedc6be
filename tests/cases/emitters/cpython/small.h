/* A small library for the CPython emitter snapshot: one of each kind of binding. */
#ifndef SMALL_H
#define SMALL_H

#include <stddef.h>
#include <stdint.h>

#define SMALL_MAX_LEVEL 9
#define SMALL_NAME "small"

typedef enum { SMALL_RED = 1, SMALL_GREEN = 2 } small_color;

typedef struct small_pair {
    int16_t a;
    unsigned flags : 3;
    uint8_t tag[4];
} small_pair;

typedef struct small_ctx small_ctx;
typedef int (*small_visit)(int value, void *user_data);

/* Add two 8-bit numbers. */
int32_t small_add(int8_t a, uint64_t b);
/* Length of a UTF-8 string. */
size_t small_len(const char *text);
/* Pack src into dest; returns 0 on success. */
int small_pack(uint8_t *dest, size_t *dest_len, const uint8_t *src, size_t src_len, int level);
size_t small_bound(size_t n);
const char *small_error(int code);
void small_split(int value, int *high, int *low);
small_color small_mix(small_color c, double weight);
int small_each(const int *items, size_t n, small_visit fn, void *user_data);
int small_pair_sum(const small_pair *p);

small_ctx *small_ctx_new(int start);
void small_ctx_free(small_ctx *c);
int small_ctx_bump(small_ctx *c, int by);

#endif
