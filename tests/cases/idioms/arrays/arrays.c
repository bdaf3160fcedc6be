#include <string.h>
#include "arrays.h"

uint32_t arr_sum(size_t n, const uint8_t buf[n])
{
    uint32_t s = 0;
    for (size_t i = 0; i < n; i++) s += buf[i];
    return s;
}
uint32_t arr_sum_unsized(const uint8_t buf[], size_t n) { return arr_sum(n, buf) + 1000; }
uint32_t arr_sum_static(const uint8_t buf[static 4], size_t n) { return arr_sum(n, buf) + 2000; }
void arr_fill(size_t *size, uint8_t out[(*size)])
{
    size_t n = *size < 5 ? *size : 5;
    for (size_t i = 0; i < n; i++) out[i] = (uint8_t)(i + 1);
    *size = n;
}
void arr_divmod(int a, int b, int quot[1], int rem[static 1]) { quot[0] = a / b; rem[0] = a % b; }
void arr_bump(int counter[1]) { counter[0] += 1; }
size_t arr_strlen(const char s[]) { return strlen(s); }
size_t arr_count_text(size_t len, const char text[len], int c)
{
    size_t k = 0;
    for (size_t i = 0; i < len; i++) k += (unsigned char)text[i] == (unsigned char)c;
    return k;
}
uint32_t arr_key_sum(const arr_key key, size_t n) { return arr_sum(n, key) + 3000; }
