/* The C side of the crc32 throughput comparison, called from bench_calls.py (cffi ABI mode, no copies) in
 * the same process and interleaved with the binding's calls, so both see the same machine load. */
#include "benchlib.h"

uint32_t bl_crc32_chunks(uint32_t crc, const uint8_t *data, size_t len, size_t chunk);

/* The loop bench_calls.py runs through a binding: bl_crc32 over len bytes in chunk-byte pieces. */
uint32_t bl_crc32_chunks(uint32_t crc, const uint8_t *data, size_t len, size_t chunk)
{
    for (size_t off = 0; off < len; off += chunk)
        crc = bl_crc32(crc, data + off, len - off < chunk ? len - off : chunk);
    return crc;
}
