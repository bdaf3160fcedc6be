#include <stdint.h>

/* A plain struct. */
struct point {
    int x;   /* horizontal */
    int y;   /* vertical */
};

struct flags {
    unsigned int ready : 1;
    unsigned int mode : 3;
    unsigned int : 4;
    unsigned int count : 8;
    uint16_t tail;
};

struct with_anonymous {
    int kind;
    union {
        int as_int;
        float as_float;
    };
    struct {
        short lo;
        short hi;
    };
};

struct with_named_members {
    struct {
        int w;
        int h;
    } size;
    union {
        long l;
        char bytes[8];
    } raw;
    struct inner_tag {
        char c;
        double d;
    } inner;
    struct point corners[2];
};

struct __attribute__((packed)) packed_attr {
    char c;
    int i;
};

#pragma pack(push, 1)
struct packed_pragma {
    char c;
    long l;
};
#pragma pack(pop)

struct arrays {
    char name[16];
    int grid[3][4];
    struct point pts[2];
};

struct flexible {
    uint32_t length;
    unsigned char data[];
};

/* Only ever used through a pointer. */
struct opaque;

struct opaque *opaque_new(void);

struct later;
struct later *later_get(void);
struct later {
    struct later *next;
    int value;
};

typedef struct {
    double re;
    double im;
} complex_t;

typedef struct tagged_s {
    int a;
} tagged_t;

struct node {
    struct node *next;
    const struct node *prev;
    void *payload;
};
