/* Untagged records and enums (issue #16 item 1): a typedef name is the C name and the C spelling; the unnamed
 * type of a field is named Parent_field and spelled through the field (__typeof__); an anonymous member has no
 * C spelling at all. */
#include <stdint.h>

typedef enum { ANON_RED, ANON_GREEN = 5 } anon_colour_t;

typedef struct { int x; int y; } anon_point_t;

typedef union { int32_t i; float f; } anon_number_t;

typedef struct {
    int a;
    struct { int b; char c; } inner;
    struct { short q; } *pq;
    struct { unsigned char lo, hi; } pairs[2];
    enum { ANON_MODE_OFF, ANON_MODE_ON } mode;
    union { int i; float f; };
} anon_outer_t;

struct anon_tagged {
    union { long l; double d; } value;
};

anon_colour_t anon_colour_next(anon_colour_t c);
anon_point_t anon_point_make(int x, int y);
int anon_outer_sum(const anon_outer_t *o);
