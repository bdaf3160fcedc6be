/* demo.c - implementation of demo.h. See demo.h for the documentation. */
#define _POSIX_C_SOURCE 200809L
#define DEMO_WITH_EXTRAS 1

#include "demo.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct demo_counter {
    int value;
    int limit;
    demo_event_fn fn;
    void *user_data;
    char errmsg[96];
};

static atomic_int live_objects;
static atomic_int free_calls;

/* ---- information and bookkeeping ---------------------------------------- */

const char *demo_version(void) { return DEMO_VERSION; }

const char *demo_strerror(int code)
{
    switch (code) {
    case DEMO_OK: return "success";
    case DEMO_MORE: return "more output pending";
    case DEMO_E_INVALID: return "invalid argument";
    case DEMO_E_SMALL: return "buffer too small";
    case DEMO_E_DIVZERO: return "division by zero";
    case DEMO_E_RANGE: return "value out of range";
    case DEMO_E_FULL: return "buffer full";
    case DEMO_E_LIMIT: return "limit exceeded";
    case DEMO_E_NOMEM: return "out of memory";
    default: return "unknown error";
    }
}

int demo_live_objects(void) { return atomic_load(&live_objects); }

int demo_free_count(void) { return atomic_load(&free_calls); }

void demo_free(void *p)
{
    if (p != NULL) {
        atomic_fetch_add(&free_calls, 1);
        free(p);
    }
}

int demo_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return n;
}

int demo_internal_selfcheck(void) { return 0; }

int demo_extra_answer(void) { return 42; }

/* ---- scalars ------------------------------------------------------------- */

int8_t demo_echo_i8(int8_t value) { return value; }
uint8_t demo_echo_u8(uint8_t value) { return value; }
int16_t demo_echo_i16(int16_t value) { return value; }
uint16_t demo_echo_u16(uint16_t value) { return value; }
int32_t demo_echo_i32(int32_t value) { return value; }
uint32_t demo_echo_u32(uint32_t value) { return value; }
int64_t demo_echo_i64(int64_t value) { return value; }
uint64_t demo_echo_u64(uint64_t value) { return value; }
int demo_echo_int(int value) { return value; }
long demo_echo_long(long value) { return value; }
size_t demo_echo_size(size_t value) { return value; }
float demo_echo_float(float value) { return value; }
double demo_echo_double(double value) { return value; }
bool demo_not(bool value) { return !value; }

int demo_square(int p1) { return (int)((unsigned)p1 * (unsigned)p1); }

double demo_scale(double value, double lambda) { return value * lambda; }

int demo_legacy_triple(int x) { return (int)(3u * (unsigned)x); }

int64_t demo_add(int32_t a, int32_t b, const void *reserved)
{
    return reserved == NULL ? (int64_t)a + b : 0;
}

demo_level demo_level_for(int score)
{
    if (score < 34) return DEMO_LEVEL_LOW;
    if (score < 67) return DEMO_LEVEL_MEDIUM;
    return DEMO_LEVEL_HIGH;
}

/* ---- strings ------------------------------------------------------------- */

size_t demo_strlen_utf8(const char *s) { return strlen(s); }

size_t demo_bytes_len(const char *data) { return strlen(data); }

/* Returns a malloc'ed formatted string, or NULL when out of memory. */
static char *owned_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *out = malloc((size_t)n + 1);
    if (out == NULL) return NULL;
    va_start(ap, fmt);
    vsnprintf(out, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return out;
}

char *demo_greet(const char *name)
{
    return owned_printf("Hello, %s!", name != NULL ? name : "world");
}

int demo_describe(int value, char **text)
{
    *text = NULL;
    if (value < 0) return DEMO_E_RANGE;
    *text = owned_printf("%d is %s", value, value % 2 == 0 ? "even" : "odd");
    return *text != NULL ? DEMO_OK : DEMO_E_NOMEM;
}

const char *demo_raw_bytes(void) { return "d\xe9mo\xff"; }

const char *demo_weekday_name(int day)
{
    static const char *const names[] = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };
    if (day < 0 || day >= (int)DEMO_ARRAY_LEN(names)) return NULL;
    return names[day];
}

int demo_open_mode(const char *mode)
{
    if (strcmp(mode, "r") == 0) return 0;
    if (strcmp(mode, "w") == 0) return 1;
    if (strcmp(mode, "a") == 0) return 2;
    errno = EINVAL;
    return -1;
}

/* ---- buffers ------------------------------------------------------------- */

uint32_t demo_checksum(const uint8_t *data, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= data[i];
        h *= 16777619u;
    }
    return h;
}

double demo_sum_doubles(const double *values, size_t nbytes)
{
    double sum = 0.0;
    for (size_t i = 0; i < nbytes / sizeof(double); i++) sum += values[i];
    return sum;
}

int64_t demo_sum_i32(const int32_t *values, size_t count)
{
    int64_t sum = 0;
    for (size_t i = 0; i < count; i++) sum += values[i];
    return sum;
}

int demo_index_of(const uint8_t *data, size_t len, uint8_t needle)
{
    for (size_t i = 0; i < len && i <= (size_t)INT_MAX; i++)
        if (data[i] == needle) return (int)i;
    return -1;
}

int demo_fill(uint8_t *out, size_t *out_len, uint8_t value, size_t count)
{
    if (*out_len < count) {
        *out_len = count;
        return DEMO_E_SMALL;
    }
    if (count > 0) memset(out, value, count);
    *out_len = count;
    return DEMO_OK;
}

size_t demo_frame_size(const uint8_t *src, size_t src_len)
{
    return src_len == 0 ? DEMO_FRAME_ERROR : (src_len - 1) * (size_t)src[0];
}

int demo_unframe(uint8_t *dst, size_t dst_len, const uint8_t *src, size_t src_len)
{
    if (src_len == 0) return DEMO_E_INVALID;
    size_t n = src_len - 1;
    if (dst_len < n * (size_t)src[0]) return DEMO_E_SMALL;
    for (size_t i = 0; i < (size_t)src[0] && n > 0; i++) memcpy(dst + i * n, src + 1, n);
    return DEMO_OK;
}

size_t demo_repeat_bound(size_t len, int times)
{
    return (times > 0 ? len * (size_t)times : 0) + 16;
}

int demo_repeat(uint8_t *dest, size_t *dest_len, const uint8_t *src, size_t src_len, int times)
{
    if (times < 0) return DEMO_E_INVALID;
    size_t need = src_len * (size_t)times;
    if (*dest_len < need) return DEMO_E_SMALL;
    for (int i = 0; i < times && src_len > 0; i++) memcpy(dest + (size_t)i * src_len, src, src_len);
    *dest_len = need;
    return DEMO_OK;
}

int demo_copy_produced(uint8_t *out, size_t *out_pos, size_t out_size, const uint8_t *in, size_t in_size)
{
    if (*out_pos > out_size) return DEMO_E_INVALID;
    size_t room = out_size - *out_pos;
    size_t n = in_size < room ? in_size : room;
    if (n > 0) memcpy(out + *out_pos, in, n);
    *out_pos += n;
    return n < in_size ? DEMO_MORE : DEMO_OK;
}

void demo_xor_inplace(uint8_t *data, size_t len, uint8_t key)
{
    for (size_t i = 0; i < len; i++) data[i] ^= key;
}

int64_t demo_nullable_len(const uint8_t *data, size_t len)
{
    return data == NULL ? -1 : (int64_t)len;
}

size_t demo_stats(const int32_t *values, size_t count, int32_t *min, int32_t *max)
{
    int32_t lo = 0, hi = 0;
    for (size_t i = 0; i < count; i++) {
        if (i == 0 || values[i] < lo) lo = values[i];
        if (i == 0 || values[i] > hi) hi = values[i];
    }
    *min = lo;
    *max = hi;
    return count;
}

/* ---- out and in-out parameters ------------------------------------------- */

int demo_divmod(int a, int b, int *quot, int *rem)
{
    if (b == 0) return DEMO_E_DIVZERO;
    if (a == INT_MIN && b == -1) return DEMO_E_RANGE;
    *quot = a / b;
    *rem = a % b;
    return DEMO_OK;
}

int demo_parse_int(const char *text, int base, int32_t *value)
{
    if (base < 2 || base > 36 || *text == '\0') return DEMO_E_INVALID;
    char *end = NULL;
    errno = 0;
    long long v = strtoll(text, &end, base);
    if (*end != '\0') return DEMO_E_INVALID;
    if (errno == ERANGE || v < INT32_MIN || v > INT32_MAX) return DEMO_E_RANGE;
    *value = (int32_t)v;
    return DEMO_OK;
}

void demo_increment(int *counter, int by)
{
    *counter = (int)((unsigned)*counter + (unsigned)by);
}

/* ---- counters ------------------------------------------------------------ */

demo_counter *demo_counter_new(int start)
{
    demo_counter *c = calloc(1, sizeof *c);
    if (c == NULL) return NULL;
    c->value = start;
    c->limit = INT_MAX;
    atomic_fetch_add(&live_objects, 1);
    return c;
}

void demo_counter_destroy(demo_counter *c)
{
    if (c == NULL) return;
    atomic_fetch_sub(&live_objects, 1);
    free(c);
}

int demo_counter_value(const demo_counter *c) { return c->value; }

int demo_counter_add(demo_counter *c, int by)
{
    long long next = (long long)c->value + by;
    if (next > c->limit || next < INT_MIN) {
        snprintf(c->errmsg, sizeof c->errmsg, "value %d + %d exceeds limit %d", c->value, by, c->limit);
        return DEMO_E_LIMIT;
    }
    c->value = (int)next;
    c->errmsg[0] = '\0';
    if (c->fn != NULL) c->fn(c->value, c->user_data);
    return DEMO_OK;
}

void demo_counter_set_limit(demo_counter *c, int limit) { c->limit = limit; }

const char *demo_counter_errmsg(const demo_counter *c) { return c->errmsg; }

demo_counter *demo_counter_clone(const demo_counter *c)
{
    demo_counter *copy = demo_counter_new(c->value);
    if (copy != NULL) copy->limit = c->limit;
    return copy;
}

void demo_counter_set_callback(demo_counter *c, demo_event_fn fn, void *user_data)
{
    c->fn = fn;
    c->user_data = user_data;
}

int demo_counter_equal(const demo_counter *c, const demo_counter *other)
{
    return c->value == other->value;
}

int64_t demo_counters_total(const demo_counter *a, const demo_counter *b)
{
    return (int64_t)a->value + b->value;
}

demo_counter *demo_parse_counter(const char *text)
{
    int32_t value;
    if (demo_parse_int(text, 10, &value) != DEMO_OK) return NULL;
    return demo_counter_new(value);
}

/* ---- buffers (handles) --------------------------------------------------- */

int demo_buffer_open(demo_buffer **out, size_t capacity)
{
    *out = NULL;
    if (capacity > DEMO_BUFFER_MAX) return DEMO_E_RANGE;
    demo_buffer *b = calloc(1, sizeof *b);
    if (b == NULL) return DEMO_E_NOMEM;
    if (capacity > 0 && (b->data = malloc(capacity)) == NULL) {
        free(b);
        return DEMO_E_NOMEM;
    }
    b->capacity = capacity;
    atomic_fetch_add(&live_objects, 1);
    *out = b;
    return capacity == 0 ? DEMO_E_INVALID : DEMO_OK;
}

void demo_buffer_destroy(demo_buffer *b)
{
    if (b == NULL) return;
    demo_counter_destroy(b->adopted);
    free(b->data);
    atomic_fetch_sub(&live_objects, 1);
    free(b);
}

int demo_buffer_write(demo_buffer *b, const uint8_t *data, size_t len)
{
    if (len > b->capacity - b->size) return DEMO_E_FULL;
    if (len > 0) memcpy(b->data + b->size, data, len);
    b->size += len;
    return DEMO_OK;
}

size_t demo_buffer_size(const demo_buffer *b) { return b->size; }

size_t demo_buffer_capacity(const demo_buffer *b) { return b->capacity; }

int demo_buffer_contents(const demo_buffer *b, uint8_t *out, size_t *out_len)
{
    if (*out_len < b->size) return DEMO_E_SMALL;
    if (b->size > 0) memcpy(out, b->data, b->size);
    *out_len = b->size;
    return DEMO_OK;
}

void demo_buffer_adopt_counter(demo_buffer *b, demo_counter *c)
{
    if (b->adopted != c) demo_counter_destroy(b->adopted);
    b->adopted = c;
}

/* ---- callbacks and threads ----------------------------------------------- */

int demo_foreach(const int32_t *items, size_t n, demo_visit_fn fn, void *user_data)
{
    int calls = 0;
    for (size_t i = 0; i < n; i++) {
        calls++;
        if (fn(user_data, items[i]) != 0) break;
    }
    return calls;
}

static void sleep_us(uint64_t us)
{
    struct timespec ts = { .tv_sec = (time_t)(us / 1000000u), .tv_nsec = (long)(us % 1000000u) * 1000L };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

static uint64_t triangle(uint64_t n)
{
    /* 0 + 1 + ... + (n - 1) = n (n - 1) / 2, computed without losing the low bits. */
    return n % 2 == 0 ? (n / 2) * (n - 1) : n * ((n - 1) / 2);
}

uint64_t demo_busy_sum(uint64_t n)
{
    sleep_us(n);
    return triangle(n);
}

uint64_t demo_busy_sum_progress(uint64_t n, demo_progress_fn fn, void *user_data)
{
    fn("start", 0, user_data);
    sleep_us(n / 2);
    fn("half", n / 2, user_data);
    sleep_us(n - n / 2);
    fn("done", n, user_data);
    return triangle(n);
}

static pthread_mutex_t rv_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t rv_cond = PTHREAD_COND_INITIALIZER;
static int rv_waiting;
static unsigned long rv_generation;

int demo_rendezvous(int parties, int timeout_ms)
{
    if (parties <= 1) return 1;
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    long long ns = deadline.tv_nsec + (long long)(timeout_ms > 0 ? timeout_ms : 0) * 1000000LL;
    deadline.tv_sec += (time_t)(ns / 1000000000LL);
    deadline.tv_nsec = (long)(ns % 1000000000LL);

    pthread_mutex_lock(&rv_lock);
    unsigned long generation = rv_generation;
    if (++rv_waiting >= parties) {
        rv_waiting = 0;
        rv_generation++;
        pthread_cond_broadcast(&rv_cond);
        pthread_mutex_unlock(&rv_lock);
        return 1;
    }
    while (rv_generation == generation) {
        if (pthread_cond_timedwait(&rv_cond, &rv_lock, &deadline) == ETIMEDOUT) break;
    }
    int met = rv_generation != generation;
    if (!met) rv_waiting--;
    pthread_mutex_unlock(&rv_lock);
    return met;
}

struct threaded_call {
    demo_visit_fn fn;
    void *user_data;
    int32_t item;
    int result;
};

static void *threaded_call_run(void *p)
{
    struct threaded_call *call = p;
    call->result = call->fn(call->user_data, call->item);
    return NULL;
}

int64_t demo_foreach_threaded(const int32_t *items, size_t n, demo_visit_fn fn, void *user_data)
{
    if (n > DEMO_THREADS_MAX) return -1;
    pthread_t threads[DEMO_THREADS_MAX];
    struct threaded_call calls[DEMO_THREADS_MAX];
    /* Barrier-free but concurrent: every thread is created before any is joined. */
    size_t started = 0;
    for (; started < n; started++) {
        calls[started] = (struct threaded_call){ fn, user_data, items[started], 0 };
        if (pthread_create(&threads[started], NULL, threaded_call_run, &calls[started]) != 0) break;
    }
    int64_t sum = 0;
    for (size_t i = 0; i < started; i++) {
        pthread_join(threads[i], NULL);
        sum += calls[i].result;
    }
    return started == n ? sum : -1;
}

/* ---- structs ------------------------------------------------------------- */

/* a + b wrapping around like unsigned arithmetic (no undefined overflow). */
static int32_t wrap_add(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }

void demo_shape_init(demo_shape *shape, int32_t width, int32_t height)
{
    memset(shape, 0, sizeof *shape);
    shape->size.x = width;
    shape->size.y = height;
    shape->flags = 0;
    shape->visible = 1;
    memcpy(shape->tag, "demo", sizeof shape->tag);
    shape->scale = 1.0;
    shape->magic = DEMO_SHAPE_MAGIC;
}

double demo_shape_area(const demo_shape *shape)
{
    return (double)shape->size.x * (double)shape->size.y * shape->scale;
}

demo_shape demo_shape_translate(demo_shape shape, int32_t dx, int32_t dy)
{
    shape.origin.x = wrap_add(shape.origin.x, dx);
    shape.origin.y = wrap_add(shape.origin.y, dy);
    return shape;
}

demo_point demo_point_add(demo_point a, demo_point b)
{
    demo_point r = { wrap_add(a.x, b.x), wrap_add(a.y, b.y) };
    return r;
}

/* ---- enums --------------------------------------------------------------- */

demo_color demo_next_color(demo_color color)
{
    switch (color) {
    case DEMO_COLOR_RED: return DEMO_COLOR_GREEN;
    case DEMO_COLOR_GREEN: return DEMO_COLOR_BLUE;
    default: return DEMO_COLOR_RED;
    }
}

demo_perm demo_perm_toggle(demo_perm perms, demo_perm mask)
{
    return (demo_perm)((unsigned)perms ^ (unsigned)mask);
}

/* ---- global variables ---- */

const char demo_version_text[] = DEMO_VERSION;
const char *demo_library_name = "demo";
int demo_call_count = 0;
const demo_color demo_default_color = DEMO_COLOR_GREEN;
const double demo_default_ratio = 2.5;

int demo_count_call(void) { return ++demo_call_count; }

/* ---- handle lifecycle idioms ---- */

struct demo_file { int id; };
static atomic_int file_destructor_calls;
static atomic_int file_legacy_close_calls;

demo_file *demo_file_open(int id)
{
    demo_file *f = malloc(sizeof *f);
    if (!f) return NULL;
    f->id = id;
    atomic_fetch_add(&live_objects, 1);
    return f;
}

int demo_file_read(const demo_file *f) { return f->id; }

void demo_file_close_v2(demo_file *f)
{
    if (!f) return;
    atomic_fetch_add(&file_destructor_calls, 1);
    atomic_fetch_sub(&live_objects, 1);
    free(f);
}

void demo_file_close(demo_file *f)
{
    atomic_fetch_add(&file_legacy_close_calls, 1);
    demo_file_close_v2(f);
}

/* demo_file_unexported is declared in demo.h but deliberately not defined. */

int demo_file_destructor_calls(void) { return atomic_load(&file_destructor_calls); }
int demo_file_legacy_close_calls(void) { return atomic_load(&file_legacy_close_calls); }

struct demo_widget { int flags; };

demo_widget *demo_widget_new(int flags, int *err)
{
    if (flags < 0) {
        if (err) *err = -flags;
        return NULL;
    }
    demo_widget *w = malloc(sizeof *w);
    if (!w) {
        if (err) *err = -1;
        return NULL;
    }
    w->flags = flags;
    if (err) *err = 0;
    atomic_fetch_add(&live_objects, 1);
    return w;
}

int demo_widget_flags(const demo_widget *w) { return w->flags; }

void demo_widget_destroy(demo_widget *w)
{
    if (!w) return;
    atomic_fetch_sub(&live_objects, 1);
    free(w);
}

enum demo_shade demo_shade(int dark) { return dark ? DEMO_SHADE_DARK : DEMO_SHADE_LIGHT; }

struct demo_span demo_span(int32_t start, int32_t stop)
{
    struct demo_span s = { start, stop };
    return s;
}

/* ---- reference-counted boxes (demo_ref_release is static inline in demo.h) ---- */

struct demo_ref { int refs; int value; };

static int demo_ref_count;

demo_ref *demo_ref_new(int value)
{
    demo_ref *r = malloc(sizeof *r);
    if (r == NULL) return NULL;
    r->refs = 1;
    r->value = value;
    demo_ref_count++;
    return r;
}

int demo_ref_value(const demo_ref *r) { return r->value; }

int demo_refs_alive(void) { return demo_ref_count; }

int demo_internal_ref_drop(demo_ref *r) { return --r->refs; }

void demo_internal_ref_free(demo_ref *r)
{
    free(r);
    demo_ref_count--;
}

/* ---- counted text and array parameters ---- */

size_t demo_text_count(const char *text, size_t len, int c)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)text[i] == (unsigned char)c) n++;
    return n;
}

unsigned long demo_bytes_weigh(size_t len, const uint8_t data[len])
{
    unsigned long sum = (unsigned long)len * 1000u;
    for (size_t i = 0; i < len; i++) sum += data[i];
    return sum;
}
