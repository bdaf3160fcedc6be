/* forward declarations */
struct small_rec;
struct small_obj;

/* types */
typedef unsigned char byte_t;
typedef byte_t bytes_t;
typedef int (*small_visit)(void *ctx, int value);
typedef struct {
    int32_t a;
    int32_t b;
} small_pair;
struct small_rec {
    small_pair pair;
    uint32_t bits : 3;
    uint32_t flag : 1;
    uint8_t tag[2];
    double weight;
};
enum small_color { SMALL_RED = 0, SMALL_GREEN = 1 };
typedef enum small_color small_color;
typedef struct small_obj small_obj;

/* bitfield-free twins for passing by value (ABI mode: libffi has no bitfields) */
struct _bindgen_abi_small_rec {
    small_pair pair;
    uint8_t _bits0[1];
    uint8_t tag[2];
    double weight;
};

/* functions */
int small_add(int a, int b);
uint32_t small_sum(const bytes_t *data, size_t len);
int small_fill(bytes_t *out, size_t *out_len, int value);
const char *small_strerror(int code);
int small_div(int a, int b, int *quot);
int small_each(int n, small_visit fn, void *ctx);
struct _bindgen_abi_small_rec small_make(small_color color);
int small_version(void);
void small_iota(bytes_t *dest, size_t len);
int32_t small_sum16(const int16_t *values, size_t n);
small_obj *small_obj_new(int start);
int small_obj_get(const small_obj *o);
void small_obj_free(small_obj *o);

/* constants */
#define SMALL_LIMIT 64
#define SMALL_NEG -3
