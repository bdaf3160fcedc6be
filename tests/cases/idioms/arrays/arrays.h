/* Array parameters: C adjusts each to a pointer to its element (C11 6.7.6.3p7), so each binds as any pointer does. */
#include <stddef.h>
#include <stdint.h>

/** A variably-modified array sized by an earlier parameter: buffer in. */
uint32_t arr_sum(size_t n, const uint8_t buf[n]);
/** An array of unknown size: buffer in. */
uint32_t arr_sum_unsized(const uint8_t buf[], size_t n);
/** `static 4`: at least four elements. */
uint32_t arr_sum_static(const uint8_t buf[static 4], size_t n);
/** The size-annotation macro pattern: capacity in *size, what was written out. */
void arr_fill(size_t *size, uint8_t out[(*size)]);
/** One-element arrays as out parameters. */
void arr_divmod(int a, int b, int quot[1], int rem[static 1]);
/** A one-element array as an inout parameter. */
void arr_bump(int counter[1]);
/** A const char array: a string by the default rules. */
size_t arr_strlen(const char s[]);
/** A const char array with its length: counted text. */
size_t arr_count_text(size_t len, const char text[len], int c);

typedef uint8_t arr_key[16];
/** A typedef of an array is a pointer too: buffer in with its length. */
uint32_t arr_key_sum(const arr_key key, size_t n);
