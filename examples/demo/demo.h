/*
 * demo.h - a small C library that exercises every annotation of bindgen's
 * bindings.yaml (see bindings.yaml next to this file).
 *
 * Every function has an easily predictable result so that the generated
 * bindings can be tested exactly. Unless stated otherwise functions are
 * thread safe; a demo_counter or demo_buffer must not be used from two
 * threads at once.
 */
#ifndef LIBDEMO_H
#define LIBDEMO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Constants                                                                 */
/* ------------------------------------------------------------------------ */

/** Version of the library as a string; demo_version() returns the same text. */
#define DEMO_VERSION "1.2.3"
/** Major version number. */
#define DEMO_VERSION_MAJOR 1
/** A hexadecimal constant. */
#define DEMO_MAGIC 0xC0FFEE
/** Base unit of the demo size limits. */
#define DEMO_BASE 16
/** A constant built from another macro: four times DEMO_BASE (64). */
#define DEMO_MAX (DEMO_BASE * 4)
/** A floating-point constant. */
#define DEMO_RATIO 2.5
/** A negative constant. */
#define DEMO_MIN_OFFSET (-42)
/** Largest capacity accepted by demo_buffer_open(). */
#define DEMO_BUFFER_MAX 65536
/** Value of demo_shape.magic in every shape made by demo_shape_init(). */
#define DEMO_SHAPE_MAGIC 0x5348
/** Number of elements of an array (function-like: never a constant). */
#define DEMO_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
/** v limited to [lo, hi]: a function-like macro, bound through `macros_as_functions`. */
#define DEMO_CLAMP(v, lo, hi) ((v) < (lo) ? (lo) : (v) > (hi) ? (hi) : (v))

/** Status code: success. */
#define DEMO_OK 0
/** Status code: success, but more output is pending (see demo_copy_produced()). */
#define DEMO_MORE 1
/** Status code: an argument is invalid. */
#define DEMO_E_INVALID (-1)
/** Status code: the output buffer is too small. */
#define DEMO_E_SMALL (-2)
/** Status code: division by zero. */
#define DEMO_E_DIVZERO (-3)
/** Status code: a value is out of range. */
#define DEMO_E_RANGE (-4)
/** Status code: a demo_buffer is full. */
#define DEMO_E_FULL (-5)
/** Status code: a demo_counter's limit would be exceeded. */
#define DEMO_E_LIMIT (-6)
/** Status code: out of memory. */
#define DEMO_E_NOMEM (-7)

/* ------------------------------------------------------------------------ */
/* Types                                                                     */
/* ------------------------------------------------------------------------ */

/** Colours; demo_next_color() cycles through them. */
typedef enum demo_color {
    /** Red (0). */
    DEMO_COLOR_RED = 0,
    /** Green (1). */
    DEMO_COLOR_GREEN = 1,
    /** Blue (2). */
    DEMO_COLOR_BLUE = 2
} demo_color;

/** Permission bits, combined with |. */
typedef enum demo_perm {
    /** No permission. */
    DEMO_PERM_NONE = 0,
    /** May read. */
    DEMO_PERM_READ = 1,
    /** May write. */
    DEMO_PERM_WRITE = 2,
    /** May execute. */
    DEMO_PERM_EXEC = 4
} demo_perm;

/** Levels returned by demo_level_for(). */
typedef enum demo_level {
    /** Score below 34. */
    DEMO_LEVEL_LOW = 1,
    /** Score from 34 to 66. */
    DEMO_LEVEL_MEDIUM = 5,
    /** Score of 67 or more. */
    DEMO_LEVEL_HIGH = 10
} demo_level;

/** A point with integer coordinates. */
typedef struct {
    /** The coordinates: x grows to the right, y downwards. */
    int32_t x, y;
} demo_point;

/** A rectangle-like shape with a nested struct, bitfields and an array. */
typedef struct demo_shape {
    /** Top-left corner. */
    demo_point origin;
    /** Width (x) and height (y). */
    demo_point size;
    /** Three bits of user flags (0..7). */
    uint32_t flags : 3;
    /** One bit: 1 when the shape is visible. */
    uint32_t visible : 1;
    /** Four bytes of user data; demo_shape_init() stores "demo". */
    uint8_t tag[4];
    /** Scale factor applied by demo_shape_area(). */
    double scale;
    /** Always DEMO_SHAPE_MAGIC for shapes made by demo_shape_init(). */
    uint32_t magic;
} demo_shape;

/** An opaque counter object; create it with demo_counter_new(). */
typedef struct demo_counter demo_counter;

/**
 * A byte buffer with a fixed capacity. The layout is public only so that
 * debuggers can show it; treat it as opaque and use the demo_buffer_*
 * functions.
 */
struct demo_buffer {
    /** The bytes (capacity of them). */
    uint8_t *data;
    /** Bytes written so far. */
    size_t size;
    /** Bytes that fit. */
    size_t capacity;
    /** A counter owned by the buffer, see demo_buffer_adopt_counter(). */
    demo_counter *adopted;
};

/** A demo_buffer (see struct demo_buffer). */
typedef struct demo_buffer demo_buffer;

/** Visitor for demo_foreach(): return 0 to continue, anything else to stop. */
typedef int (*demo_visit_fn)(void *user_data, int32_t item);

/** Event handler of a demo_counter: receives the new value after each change. */
typedef void (*demo_event_fn)(int value, void *user_data);

/** Progress report of demo_busy_sum_progress(): stage name and work done. */
typedef void (*demo_progress_fn)(const char *stage, uint64_t done, void *user_data);

/* ------------------------------------------------------------------------ */
/* Library information and bookkeeping                                       */
/* ------------------------------------------------------------------------ */

/** Returns the library version, "1.2.3" (a static string: never free it). */
const char *demo_version(void);

/** Returns a static English message for a DEMO_* status code ("unknown error" for others). */
const char *demo_strerror(int code);

/** Returns how many demo_counter and demo_buffer objects are currently alive. */
int demo_live_objects(void);

/** Returns how many times demo_free() was called with a non-NULL pointer. */
int demo_free_count(void);

/** Frees memory returned by this library (strings from demo_greet(), demo_describe()). */
void demo_free(void *p);

/** Writes a printf-style formatted line to stderr; returns the characters written. */
int demo_log(const char *fmt, ...);

/** Internal consistency check, not part of the public API; returns 0. */
int demo_internal_selfcheck(void);

#ifdef DEMO_WITH_EXTRAS
/** Only declared when DEMO_WITH_EXTRAS is defined: returns 42. */
int demo_extra_answer(void);
#endif

/* ------------------------------------------------------------------------ */
/* Scalars                                                                   */
/* ------------------------------------------------------------------------ */

/** Returns value unchanged (int8_t). */
int8_t demo_echo_i8(int8_t value);
/** Returns value unchanged (uint8_t). */
uint8_t demo_echo_u8(uint8_t value);
/** Returns value unchanged (int16_t). */
int16_t demo_echo_i16(int16_t value);
/** Returns value unchanged (uint16_t). */
uint16_t demo_echo_u16(uint16_t value);
/** Returns value unchanged (int32_t). */
int32_t demo_echo_i32(int32_t value);
/** Returns value unchanged (uint32_t). */
uint32_t demo_echo_u32(uint32_t value);
/** Returns value unchanged (int64_t). */
int64_t demo_echo_i64(int64_t value);
/** Returns value unchanged (uint64_t). */
uint64_t demo_echo_u64(uint64_t value);
/** Returns value unchanged (int). */
int demo_echo_int(int value);
/** Returns value unchanged (long). */
long demo_echo_long(long value);
/** Returns value unchanged (size_t). */
size_t demo_echo_size(size_t value);
/** Returns value unchanged (float). */
float demo_echo_float(float value);
/** Returns value unchanged (double). */
double demo_echo_double(double value);
/** Returns the logical negation of value. */
bool demo_not(bool value);

/** Returns the square of its (unnamed) argument. */
int demo_square(int);

/** Returns value * lambda. */
double demo_scale(double value, double lambda);

/** Returns 3 * x (old name, kept for compatibility). */
int demo_legacy_triple(int x);

/** Returns a + b as a 64-bit integer; reserved must be NULL (otherwise returns 0). */
int64_t demo_add(int32_t a, int32_t b, const void *reserved);

/** demo_add without the reserved argument: a macro that only forwards to a function, so its signature is inferred. */
#define demo_add_pair(a, b) demo_add((a), (b), NULL)

/** Returns DEMO_LEVEL_LOW for score < 34, DEMO_LEVEL_MEDIUM for < 67, else DEMO_LEVEL_HIGH. */
demo_level demo_level_for(int score);

/* ------------------------------------------------------------------------ */
/* Strings                                                                   */
/* ------------------------------------------------------------------------ */

/** Returns the length in bytes of the UTF-8 string s. */
size_t demo_strlen_utf8(const char *s);

/** Returns the length of the NUL-terminated byte string data. */
size_t demo_bytes_len(const char *data);

/**
 * Returns a newly allocated "Hello, NAME!" ("Hello, world!" when name is
 * NULL), or NULL when out of memory. Release it with demo_free().
 */
char *demo_greet(const char *name);

/**
 * Stores in *text a newly allocated "N is even" or "N is odd" (release it with
 * demo_free()). Returns DEMO_OK, or DEMO_E_RANGE for a negative value (then
 * *text is NULL).
 */
int demo_describe(int value, char **text);

/** Returns the static byte string "d\xe9mo\xff" (not valid UTF-8). */
const char *demo_raw_bytes(void);

/** Returns "Monday" for 0 through "Sunday" for 6 (static strings); NULL for any other day. */
const char *demo_weekday_name(int day);

/** Returns 0 for "r", 1 for "w", 2 for "a"; otherwise sets errno to EINVAL and returns -1. */
int demo_open_mode(const char *mode);

/* ------------------------------------------------------------------------ */
/* Buffers                                                                   */
/* ------------------------------------------------------------------------ */

/** Returns the 32-bit FNV-1a hash of len bytes (2166136261 for none). */
uint32_t demo_checksum(const uint8_t *data, size_t len);

/** Returns the sum of the doubles in values, whose size is nbytes bytes. */
double demo_sum_doubles(const double *values, size_t nbytes);

/** Returns the sum of count 32-bit integers. */
int64_t demo_sum_i32(const int32_t *values, size_t count);

/** Returns the index of the first byte equal to needle, or -1 when there is none. */
int demo_index_of(const uint8_t *data, size_t len, uint8_t needle);

/**
 * Writes count bytes equal to value into out, whose capacity is *out_len,
 * and sets *out_len to count. Returns DEMO_OK, or DEMO_E_SMALL when the
 * capacity is below count (then *out_len is set to the required count and
 * nothing is written).
 */
int demo_fill(uint8_t *out, size_t *out_len, uint8_t value, size_t count);

/**
 * A frame is one byte k followed by a payload; it decodes to the payload repeated k times.
 * Returns the decoded size, (src_len - 1) * k, or DEMO_FRAME_ERROR when src is empty (no header):
 * a size_t that is an error value, as ZSTD_getFrameContentSize() returns.
 */
size_t demo_frame_size(const uint8_t *src, size_t src_len);
#define DEMO_FRAME_ERROR ((size_t)-1)

/**
 * Decodes the frame src into dst (capacity dst_len, at least demo_frame_size(src, src_len)).
 * Returns DEMO_OK, DEMO_E_INVALID for an empty frame, or DEMO_E_SMALL.
 */
int demo_unframe(uint8_t *dst, size_t dst_len, const uint8_t *src, size_t src_len);

/** Returns an upper bound of the output size of demo_repeat(): len * times + 16 (16 for times <= 0). */
size_t demo_repeat_bound(size_t len, int times);

/**
 * Writes src repeated times times into dest, whose capacity is *dest_len,
 * and sets *dest_len to the bytes written. Returns DEMO_OK, DEMO_E_INVALID
 * for a negative times, or DEMO_E_SMALL when dest is too small.
 */
int demo_repeat(uint8_t *dest, size_t *dest_len, const uint8_t *src, size_t src_len, int times);

/**
 * Copies as much of in as fits into out[*out_pos .. out_size) and advances
 * *out_pos. Returns DEMO_OK when all of in was copied, DEMO_MORE when the
 * output filled up first, DEMO_E_INVALID when *out_pos > out_size.
 */
int demo_copy_produced(uint8_t *out, size_t *out_pos, size_t out_size, const uint8_t *in, size_t in_size);

/** XORs each of the len bytes of data with key, in place. */
void demo_xor_inplace(uint8_t *data, size_t len, uint8_t key);

/** Returns len, or -1 when data is NULL. */
int64_t demo_nullable_len(const uint8_t *data, size_t len);

/**
 * Returns count and stores the smallest and largest of the count values in
 * *min and *max (both 0 when count is 0).
 */
size_t demo_stats(const int32_t *values, size_t count, int32_t *min, int32_t *max);

/* ------------------------------------------------------------------------ */
/* Out and in-out parameters                                                 */
/* ------------------------------------------------------------------------ */

/**
 * Stores a / b and a % b (C semantics: truncation toward zero) in *quot and
 * *rem. Returns DEMO_OK, DEMO_E_DIVZERO when b is 0, DEMO_E_RANGE for
 * INT_MIN / -1.
 */
int demo_divmod(int a, int b, int *quot, int *rem);

/**
 * Parses the whole of text as an integer in base (2..36) into *value.
 * Returns DEMO_OK, DEMO_E_INVALID when text is not a number, DEMO_E_RANGE
 * when it does not fit in 32 bits.
 */
int demo_parse_int(const char *text, int base, int32_t *value);

/** Adds by to *counter (wrapping around on overflow). */
void demo_increment(int *counter, int by);

/* ------------------------------------------------------------------------ */
/* Counter handles                                                           */
/* ------------------------------------------------------------------------ */

/** Creates a counter starting at start, with no limit; NULL when out of memory. */
demo_counter *demo_counter_new(int start);

/** Destroys a counter (NULL is ignored). */
void demo_counter_destroy(demo_counter *c);

/** Returns the current value. */
int demo_counter_value(const demo_counter *c);

/**
 * Adds by to the value and then calls the event handler, if any, with the
 * new value. Returns DEMO_OK, or DEMO_E_LIMIT when the value would exceed the
 * limit (or leave the int range); the value is then unchanged and
 * demo_counter_errmsg() explains.
 */
int demo_counter_add(demo_counter *c, int by);

/** Sets the largest value the counter may reach (INT_MAX initially). */
void demo_counter_set_limit(demo_counter *c, int limit);

/** Returns the message of the last failed demo_counter_add() ("" when none); valid until the next call. */
const char *demo_counter_errmsg(const demo_counter *c);

/** Returns a new counter with the same value and limit (not the handler); NULL when out of memory. */
demo_counter *demo_counter_clone(const demo_counter *c);

/**
 * Sets the event handler called after every later successful
 * demo_counter_add(); fn NULL removes it. user_data is passed back to fn.
 */
void demo_counter_set_callback(demo_counter *c, demo_event_fn fn, void *user_data);

/** Returns 1 when both counters have the same value, else 0. */
int demo_counter_equal(const demo_counter *c, const demo_counter *other);

/** Returns the sum of the values of two counters. */
int64_t demo_counters_total(const demo_counter *a, const demo_counter *b);

/** Creates a counter whose start value is the decimal integer in text; NULL when text is not one. */
demo_counter *demo_parse_counter(const char *text);

/* ------------------------------------------------------------------------ */
/* Buffer handles                                                            */
/* ------------------------------------------------------------------------ */

/**
 * Opens a buffer of the given capacity into *out. Returns DEMO_OK;
 * DEMO_E_RANGE when capacity > DEMO_BUFFER_MAX (then *out is NULL);
 * DEMO_E_INVALID when capacity is 0 - like sqlite3_open(), *out is then
 * still a buffer that the caller must destroy.
 */
int demo_buffer_open(demo_buffer **out, size_t capacity);

/** Destroys a buffer and the counter it adopted, if any (NULL is ignored). */
void demo_buffer_destroy(demo_buffer *b);

/** Appends len bytes. Returns DEMO_OK, or DEMO_E_FULL (nothing written) when they do not fit. */
int demo_buffer_write(demo_buffer *b, const uint8_t *data, size_t len);

/** Returns the number of bytes written so far. */
size_t demo_buffer_size(const demo_buffer *b);

/** Returns the capacity given to demo_buffer_open(). */
size_t demo_buffer_capacity(const demo_buffer *b);

/**
 * Copies the bytes written so far into out (capacity *out_len) and sets
 * *out_len to their number. Returns DEMO_OK or DEMO_E_SMALL.
 */
int demo_buffer_contents(const demo_buffer *b, uint8_t *out, size_t *out_len);

/**
 * Takes ownership of c: it is destroyed together with b (or when another
 * counter is adopted). The caller must not use or destroy c afterwards.
 */
void demo_buffer_adopt_counter(demo_buffer *b, demo_counter *c);

/* ------------------------------------------------------------------------ */
/* Callbacks and threads                                                     */
/* ------------------------------------------------------------------------ */

/**
 * Calls fn(user_data, item) for each of the n items in order until fn
 * returns non-zero. Returns the number of calls made.
 */
int demo_foreach(const int32_t *items, size_t n, demo_visit_fn fn, void *user_data);

/** Returns 0 + 1 + ... + (n - 1) (modulo 2^64) after sleeping about n microseconds. */
uint64_t demo_busy_sum(uint64_t n);

/**
 * Like demo_busy_sum(), and calls fn three times from the calling thread:
 * ("start", 0), ("half", n / 2), ("done", n).
 */
uint64_t demo_busy_sum_progress(uint64_t n, demo_progress_fn fn, void *user_data);

/**
 * Blocks until parties callers (all passing the same parties) are inside
 * this function at the same time, or timeout_ms milliseconds have passed.
 * Returns 1 when they met, 0 on timeout. Proves calls run concurrently.
 */
int demo_rendezvous(int parties, int timeout_ms);

/** Largest n accepted by demo_foreach_threaded(). */
#define DEMO_THREADS_MAX 64

/**
 * Calls fn(user_data, items[i]) for each of the n items, each from its own
 * new thread (pthread_create), all running at once; joins them and returns the
 * sum of fn's results. Returns -1 when n > DEMO_THREADS_MAX or a thread could
 * not be created (after joining those already started). Proves callbacks work from threads
 * the interpreter never saw.
 */
int64_t demo_foreach_threaded(const int32_t *items, size_t n, demo_visit_fn fn, void *user_data);

/* ------------------------------------------------------------------------ */
/* Structs                                                                   */
/* ------------------------------------------------------------------------ */

/**
 * Initialises *shape: origin (0, 0), size (width, height), flags 0,
 * visible 1, tag "demo", scale 1.0, magic DEMO_SHAPE_MAGIC.
 */
void demo_shape_init(demo_shape *shape, int32_t width, int32_t height);

/** Returns size.x * size.y * scale. */
double demo_shape_area(const demo_shape *shape);

/** Returns the shape moved by (dx, dy); all other fields are unchanged. */
demo_shape demo_shape_translate(demo_shape shape, int32_t dx, int32_t dy);

/** Returns the component-wise sum of two points. */
demo_point demo_point_add(demo_point a, demo_point b);

/* ------------------------------------------------------------------------ */
/* Enums                                                                     */
/* ------------------------------------------------------------------------ */

/** Returns the next colour: red -> green -> blue -> red. */
demo_color demo_next_color(demo_color color);

/** Returns perms with the bits of mask flipped (perms ^ mask). */
demo_perm demo_perm_toggle(demo_perm perms, demo_perm mask);

/* ------------------------------------------------------------------------ */
/* Global variables (read-only attributes) and static inline functions       */
/* ------------------------------------------------------------------------ */

/** The version as a char array: "1.2.3". */
extern const char demo_version_text[];

/** A pointer to a static name: "demo". */
extern const char *demo_library_name;

/** How many times demo_count_call() ran: each read gives the current value. */
extern int demo_call_count;

/** The default colour, DEMO_COLOR_GREEN. */
extern const demo_color demo_default_color;

/** The ratio 2.5 as a double global. */
extern const double demo_default_ratio;

/** Increments demo_call_count and returns its new value. */
int demo_count_call(void);

/** Returns a * a + 1. Defined here, not in the library: bindings call it through their own compiled code. */
static inline int32_t demo_inline_square_plus_one(int32_t a) { return a * a + 1; }

/* ------------------------------------------------------------------------ */
/* Handle lifecycle idioms: a close() look-alike, a constructor with an out  */
/* parameter, functions named like struct/enum tags                          */
/* ------------------------------------------------------------------------ */

/** A file-like object whose destructor is demo_file_close_v2(). */
typedef struct demo_file demo_file;

/** Opens a file object holding id (NULL when out of memory). */
demo_file *demo_file_open(int id);

/** Returns the id f was opened with. */
int demo_file_read(const demo_file *f);

/** The destructor (NULL is ignored); demo_file_destructor_calls() counts it. */
void demo_file_close_v2(demo_file *f);

/**
 * The old close: frees f too, counted by demo_file_legacy_close_calls(). It takes the handle and its name says
 * "close", so bindings never bind it unless the spec names it (it would free f behind the object's close()).
 */
void demo_file_close(demo_file *f);

/** Declared but not in the library (a compile-time option left it out): the spec excludes it. */
int demo_file_unexported(const demo_file *f);

/** How many times demo_file_close_v2() ran with a non-NULL pointer. */
int demo_file_destructor_calls(void);

/** How many times demo_file_close() ran. */
int demo_file_legacy_close_calls(void);

/** A widget, created by demo_widget_new(). */
typedef struct demo_widget demo_widget;

/**
 * Creates a widget with flags; a constructor with an extra out parameter. Stores 0 in *err (when err is not
 * NULL) and returns the widget; for negative flags returns NULL and stores -flags in *err.
 */
demo_widget *demo_widget_new(int flags, int *err);

/** Returns the flags w was created with. */
int demo_widget_flags(const demo_widget *w);

/** Destroys w (NULL is ignored). */
void demo_widget_destroy(demo_widget *w);

/** A shade: its tag is also the name of a function (C keeps tags and functions apart). */
enum demo_shade { DEMO_SHADE_LIGHT = 1, DEMO_SHADE_DARK = 2 };

/** DEMO_SHADE_DARK when dark is nonzero, else DEMO_SHADE_LIGHT. */
enum demo_shade demo_shade(int dark);

/** A span: its tag is also the name of a function. */
struct demo_span { int32_t start; int32_t stop; };

/** The span [start, stop). */
struct demo_span demo_span(int32_t start, int32_t stop);

/* ------------------------------------------------------------------------ */
/* A reference-counted object whose release is static inline (the idiom of  */
/* refcounting libraries): no library exports demo_ref_release, so C# and   */
/* cffi's ABI mode call it through the generated shim library.              */
/* ------------------------------------------------------------------------ */

/** A reference-counted integer box. */
typedef struct demo_ref demo_ref;

/** A new box holding value, with one reference; NULL when out of memory. */
demo_ref *demo_ref_new(int value);

/** The boxed value. */
int demo_ref_value(const demo_ref *r);

/** How many boxes are alive (created and not yet freed). */
int demo_refs_alive(void);

/** Drops one reference and returns how many are left (use demo_ref_release). */
int demo_internal_ref_drop(demo_ref *r);

/** Frees the box (use demo_ref_release). */
void demo_internal_ref_free(demo_ref *r);

/** Twice the boxed value; static inline, a method of the handle. */
static inline int demo_ref_doubled(const demo_ref *r) { return 2 * demo_ref_value(r); }

/** Drops one reference; frees the box with the last one. NULL is ignored. */
static inline void demo_ref_release(demo_ref *r)
{
    if (r != NULL && demo_internal_ref_drop(r) == 0) demo_internal_ref_free(r);
}

/* ------------------------------------------------------------------------ */
/* Counted text (string + length) and array parameters                       */
/* ------------------------------------------------------------------------ */

/** How many bytes of text[0..len) equal c; text may hold NULs (bound with `string: utf8` + `length: len`). */
size_t demo_text_count(const char *text, size_t len, int c);

/** len * 1000 + the sum of data[0..len). An array parameter (a pointer in C) bound with `string: bytes` + `length: len`. */
unsigned long demo_bytes_weigh(size_t len, const uint8_t data[len]);

#ifdef __cplusplus
}
#endif

#endif /* LIBDEMO_H */
