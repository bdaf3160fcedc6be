/* The bench library: small C functions, one per call shape measured by bench/run.sh. */
#ifndef BENCHLIB_H
#define BENCHLIB_H

#include <stddef.h>
#include <stdint.h>

/** Size in bytes of the block bl_copy_out() writes. */
#define BL_BLOCK 1024

/** Shape 1: no arguments, returns an int. */
int bl_noargs(void);

/** Shape 2: two ints in, one int out. */
int bl_add(int a, int b);

/** Shape 3: a read-only buffer in (1 KB in the benchmark), returns a checksum of its bytes. */
int bl_checksum(const uint8_t *data, size_t len);

/** Shape 4: fills dest with len bytes of a fixed pattern (the binding allocates 1 KB and returns it). */
void bl_copy_out(uint8_t *dest, size_t len);

/** CRC-32 (the zlib polynomial) of len bytes, continuing from crc (0 to start). */
uint32_t bl_crc32(uint32_t crc, const uint8_t *data, size_t len);

/** An opaque counter: shape 5 is a method call on it. */
typedef struct bl_counter bl_counter;

/** A new counter starting at start; NULL when out of memory. */
bl_counter *bl_counter_new(int start);

/** Frees a counter. */
void bl_counter_free(bl_counter *c);

/** Shape 5: returns the counter's value. */
int bl_counter_get(const bl_counter *c);

#endif
