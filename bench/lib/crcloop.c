/* The C side of the crc32 throughput comparison: the same calls bench_calls.py makes (one call over M MB,
 * then 64 KB chunks), min and median of R repeats, as JSON. usage: crcloop M R */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "benchlib.h"

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    size_t mb = argc > 1 ? (size_t)atoi(argv[1]) : 100, n = mb << 20, chunk = 64 * 1024;
    int reps = argc > 2 ? atoi(argv[2]) : 10;
    uint8_t *data = malloc(n);
    double *t[2];
    uint32_t check[2] = {0, 0};
    if (data == NULL || reps < 1) return 1;
    for (size_t i = 0; i < n; i++) data[i] = (uint8_t)i;
    t[0] = malloc(sizeof(double) * (size_t)reps);
    t[1] = malloc(sizeof(double) * (size_t)reps);
    if (t[0] == NULL || t[1] == NULL) return 1;
    for (int r = 0; r < reps; r++) {
        double s = now_ns();
        check[0] = bl_crc32(0, data, n);
        t[0][r] = now_ns() - s;
        s = now_ns();
        uint32_t c = 0;
        for (size_t off = 0; off < n; off += chunk) c = bl_crc32(c, data + off, n - off < chunk ? n - off : chunk);
        check[1] = c;
        t[1][r] = now_ns() - s;
    }
    if (check[0] != check[1]) {
        fprintf(stderr, "crcloop: chunked crc differs\n");
        return 1;
    }
    qsort(t[0], (size_t)reps, sizeof(double), cmp);
    qsort(t[1], (size_t)reps, sizeof(double), cmp);
    printf("{\"variant\": \"C\", \"mode\": \"crc\", \"results\": {\"whole\": {\"min_ns\": %.0f, \"median_ns\": %.0f}, "
           "\"chunks\": {\"min_ns\": %.0f, \"median_ns\": %.0f}, \"bytes\": %zu, \"crc\": %u}}\n",
           t[0][0], t[0][reps / 2], t[1][0], t[1][reps / 2], n, check[0]);
    free(t[0]);
    free(t[1]);
    free(data);
    return 0;
}
