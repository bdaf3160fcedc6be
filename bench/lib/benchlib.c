/* The bench library: see benchlib.h. Built with gcc -O2 by bench/run.sh. */
#include "benchlib.h"

#include <stdlib.h>
#include <string.h>

struct bl_counter {
    int value;
};

static uint8_t block[BL_BLOCK];
static uint32_t crc_table[8][256];
static int tables_ready;

static void init_tables(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[0][n] = c;
    }
    for (uint32_t n = 0; n < 256; n++)
        for (int t = 1; t < 8; t++)
            crc_table[t][n] = (crc_table[t - 1][n] >> 8) ^ crc_table[0][crc_table[t - 1][n] & 0xff];
    for (size_t i = 0; i < BL_BLOCK; i++)
        block[i] = (uint8_t)(i * 31u + 7u);
    tables_ready = 1;
}

int bl_noargs(void)
{
    return 42;
}

int bl_add(int a, int b)
{
    return (int)((unsigned)a + (unsigned)b);
}

int bl_checksum(const uint8_t *data, size_t len)
{
    unsigned sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += data[i];
    return (int)(sum & 0x7fffffff);
}

void bl_copy_out(uint8_t *dest, size_t len)
{
    if (!tables_ready)
        init_tables();
    size_t n = len < BL_BLOCK ? len : BL_BLOCK;
    memcpy(dest, block, n);
    memset(dest + n, 0, len - n);
}

/* Slicing-by-8: the speed of a good portable CRC-32. */
uint32_t bl_crc32(uint32_t crc, const uint8_t *data, size_t len)
{
    if (!tables_ready)
        init_tables();
    crc = ~crc;
    while (len >= 8) {
        uint32_t lo = crc ^ ((uint32_t)data[0] | (uint32_t)data[1] << 8 | (uint32_t)data[2] << 16 | (uint32_t)data[3] << 24);
        uint32_t hi = (uint32_t)data[4] | (uint32_t)data[5] << 8 | (uint32_t)data[6] << 16 | (uint32_t)data[7] << 24;
        crc = crc_table[7][lo & 0xff] ^ crc_table[6][(lo >> 8) & 0xff] ^ crc_table[5][(lo >> 16) & 0xff] ^ crc_table[4][lo >> 24]
            ^ crc_table[3][hi & 0xff] ^ crc_table[2][(hi >> 8) & 0xff] ^ crc_table[1][(hi >> 16) & 0xff] ^ crc_table[0][hi >> 24];
        data += 8;
        len -= 8;
    }
    while (len--)
        crc = crc_table[0][(crc ^ *data++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

bl_counter *bl_counter_new(int start)
{
    bl_counter *c = malloc(sizeof *c);
    if (c)
        c->value = start;
    return c;
}

void bl_counter_free(bl_counter *c)
{
    free(c);
}

int bl_counter_get(const bl_counter *c)
{
    return c->value;
}
