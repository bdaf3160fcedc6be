/* Callgrind client requests for bench/py/bench_calls.py: zero the counters before a shape, dump after it.
 * Without valgrind these are a few no-op instructions. */
#include <valgrind/callgrind.h>

void bl_meter_zero(void);
void bl_meter_dump(const char *label);

void bl_meter_zero(void)
{
    CALLGRIND_ZERO_STATS;
}

void bl_meter_dump(const char *label)
{
    CALLGRIND_DUMP_STATS_AT(label);
}
