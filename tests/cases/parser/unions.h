#include <stdint.h>

union value {
    int64_t i;
    double d;
    const char *s;
    unsigned char raw[12];
};

typedef union {
    uint32_t word;
    uint8_t bytes[4];
} word_t;

struct tagged_value {
    enum { TV_INT, TV_DOUBLE } tag;
    union value v;
};

union with_struct {
    struct {
        uint16_t lo;
        uint16_t hi;
    } parts;
    uint32_t whole;
};
