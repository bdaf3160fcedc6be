/* Colours. */
enum color {
    COLOR_RED,          /* the first */
    COLOR_GREEN = 5,
    COLOR_BLUE,         /* six */
};

enum signed_values {
    SV_NEG = -2,
    SV_ZERO = 0,
    SV_POS = 2,
};

enum big_unsigned {
    BU_SMALL = 1,
    BU_TOP = 0xFFFFFFFFu,
};

enum wide {
    WIDE_BIT40 = 1ULL << 40,
};

enum derived {
    D_A = 1 << 2,
    D_B = D_A | 1,
    D_C = COLOR_BLUE + 10,
};

enum {
    ANON_FIRST = 100,
    ANON_SECOND,
};

typedef enum {
    MODE_READ = 1,
    MODE_WRITE = 2,
} mode_t_;

typedef enum level {
    LEVEL_LOW,
    LEVEL_HIGH,
} level_t;

enum color color_of(mode_t_ mode, level_t level);
