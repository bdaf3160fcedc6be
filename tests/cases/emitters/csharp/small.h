/* small.h - one of each binding shape the C# emitter renders (tests/Bindgen.Tests/Emitters/CSharp). */
#ifndef SMALL_H
#define SMALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** Library name. */
#define SM_NAME "small \"lib\""
/** A limit. */
#define SM_LIMIT 100
/** An unsigned 64-bit constant. */
#define SM_BIG 0xFFFFFFFFFFFFFFFFu
/** A ratio. */
#define SM_RATIO 0.5

/** Status codes. */
#define SM_OK 0
#define SM_EFAIL (-1)

/** Modes. */
typedef enum sm_mode { SM_MODE_FAST = 1, SM_MODE_SAFE = 2, SM_MODE_ALL = 3 } sm_mode;

/** A record with every field shape. */
typedef struct sm_record {
    /** Identifier. */
    int64_t id;
    bool enabled;
    uint8_t kind : 2;
    int8_t delta : 4;
    char name[8];
    double weights[3];
    sm_mode mode;
} sm_record;

/** A plain pair. */
typedef struct { float a; float b; } sm_pair;

/** A struct with pointer fields, passed by value like libclang's CXString. */
typedef struct sm_text {
    const void *data;
    unsigned flags;
    const char *parts[2];
} sm_text;

/** An opaque session. */
typedef struct sm_session sm_session;

typedef int (*sm_visit)(int value, void *ctx);
typedef void (*sm_notify)(const char *what, bool ok, void *ctx);

/** Adds two numbers. */
int32_t sm_add(int32_t a, int32_t b);
double sm_scale(double x, float by, bool negate);
sm_mode sm_toggle(sm_mode m);
sm_pair sm_swap(sm_pair p);
void sm_record_init(sm_record *out, int64_t id);
double sm_record_weight(const sm_record *r);

const char *sm_message(int code);
size_t sm_length(const char *text);
char *sm_upper(const char *text);
void sm_release(void *p);
int sm_lookup(const char *key, char **value);

uint32_t sm_hash(const void *data, size_t len);
int sm_fill(uint8_t *out, size_t *out_len, uint8_t value);
size_t sm_bound(size_t n);
int sm_encode(uint8_t *dst, size_t *dst_len, const uint8_t *src, size_t src_len);
void sm_negate(int16_t *values, size_t count);
int sm_minmax(const int32_t *v, size_t n, int32_t *min, int32_t *max);
void sm_bump(int *value, int by);

sm_session *sm_open(const char *path);
void sm_close(sm_session *s);
int sm_session_put(sm_session *s, const char *key, int value);
const char *sm_session_error(const sm_session *s);
void sm_session_on_change(sm_session *s, sm_notify fn, void *ctx);
int sm_each(const int *items, size_t n, sm_visit fn, void *ctx);
int sm_open_fd(const char *path);
int sm_find(const uint8_t *data, size_t len, uint8_t byte);
const char *sm_getenv(const char *name);
unsigned sm_text_flags(sm_text t);

#endif
