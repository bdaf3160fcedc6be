/* selftest.c - checks that libdemo itself behaves as demo.h documents.
 * Built and run by `DEMO_SELFTEST=1 bash build.sh`; exits 1 on any failure. */
#define _POSIX_C_SOURCE 200809L
#define DEMO_WITH_EXTRAS 1

#include "demo.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int failures;
static int checks;

#define CHECK(cond)                                                          \
    do {                                                                     \
        checks++;                                                            \
        if (!(cond)) {                                                       \
            failures++;                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
        }                                                                    \
    } while (0)

#define CHECK_STR(a, b) CHECK((a) != NULL && strcmp((a), (b)) == 0)

static void test_constants_and_info(void)
{
    CHECK(DEMO_MAX == 64);
    CHECK_STR(demo_version(), DEMO_VERSION);
    CHECK_STR(demo_strerror(DEMO_E_SMALL), "buffer too small");
    CHECK_STR(demo_strerror(12345), "unknown error");
    CHECK(demo_internal_selfcheck() == 0);
    CHECK(demo_extra_answer() == 42);
    CHECK(demo_log("selftest: %s %d", "log line", 7) == 20);
}

static void test_scalars(void)
{
    CHECK(demo_echo_i8(INT8_MIN) == INT8_MIN);
    CHECK(demo_echo_u8(UINT8_MAX) == UINT8_MAX);
    CHECK(demo_echo_i16(INT16_MIN) == INT16_MIN);
    CHECK(demo_echo_u16(UINT16_MAX) == UINT16_MAX);
    CHECK(demo_echo_i32(INT32_MIN) == INT32_MIN);
    CHECK(demo_echo_u32(UINT32_MAX) == UINT32_MAX);
    CHECK(demo_echo_i64(INT64_MIN) == INT64_MIN);
    CHECK(demo_echo_u64(UINT64_MAX) == UINT64_MAX);
    CHECK(demo_echo_int(INT_MAX) == INT_MAX);
    CHECK(demo_echo_long(LONG_MIN) == LONG_MIN);
    CHECK(demo_echo_size(SIZE_MAX) == SIZE_MAX);
    CHECK(demo_echo_float(1.5f) == 1.5f);
    CHECK(demo_echo_double(0.1) == 0.1);
    CHECK(demo_not(true) == false && demo_not(false) == true);
    CHECK(demo_square(3) == 9);
    CHECK(demo_scale(3.0, 2.5) == 7.5);
    CHECK(demo_legacy_triple(-4) == -12);
    CHECK(demo_add(INT32_MAX, INT32_MAX, NULL) == 2LL * INT32_MAX);
    CHECK(demo_add(1, 2, "x") == 0);
    CHECK(demo_level_for(10) == DEMO_LEVEL_LOW);
    CHECK(demo_level_for(50) == DEMO_LEVEL_MEDIUM);
    CHECK(demo_level_for(67) == DEMO_LEVEL_HIGH);
}

static void test_strings(void)
{
    CHECK(demo_strlen_utf8("h\xc3\xa9llo") == 6);
    CHECK(demo_bytes_len("ab\xff") == 3);

    int frees = demo_free_count();
    char *s = demo_greet("Zo\xc3\xab");
    CHECK_STR(s, "Hello, Zo\xc3\xab!");
    demo_free(s);
    s = demo_greet(NULL);
    CHECK_STR(s, "Hello, world!");
    demo_free(s);
    demo_free(NULL);
    CHECK(demo_free_count() == frees + 2);

    char *text = (char *)"junk";
    CHECK(demo_describe(42, &text) == DEMO_OK);
    CHECK_STR(text, "42 is even");
    demo_free(text);
    CHECK(demo_describe(7, &text) == DEMO_OK);
    CHECK_STR(text, "7 is odd");
    demo_free(text);
    CHECK(demo_describe(-1, &text) == DEMO_E_RANGE && text == NULL);

    CHECK(memcmp(demo_raw_bytes(), "d\xe9mo\xff", 6) == 0);
    CHECK_STR(demo_weekday_name(0), "Monday");
    CHECK_STR(demo_weekday_name(6), "Sunday");
    CHECK(demo_weekday_name(7) == NULL && demo_weekday_name(-1) == NULL);

    CHECK(demo_open_mode("a") == 2);
    errno = 0;
    CHECK(demo_open_mode("x") == -1 && errno == EINVAL);
}

static void test_buffers(void)
{
    CHECK(demo_checksum((const uint8_t *)"", 0) == 2166136261u);
    CHECK(demo_checksum((const uint8_t *)"a", 1) == 0xe40c292cu);
    CHECK(demo_checksum((const uint8_t *)"foobar", 6) == 0xbf9cf968u);

    const double d[] = { 1.0, 2.5, -0.5 };
    CHECK(demo_sum_doubles(d, sizeof d) == 3.0);
    CHECK(demo_sum_doubles(d, sizeof d - 1) == 3.5);
    const int32_t v[] = { 3, -1, 7 };
    CHECK(demo_sum_i32(v, 3) == 9);
    CHECK(demo_index_of((const uint8_t *)"hello", 5, 'l') == 2);
    CHECK(demo_index_of((const uint8_t *)"hello", 5, 'z') == -1);

    uint8_t out[8] = { 0 };
    size_t len = sizeof out;
    CHECK(demo_fill(out, &len, 'A', 3) == DEMO_OK && len == 3 && memcmp(out, "AAA\0", 4) == 0);
    len = 2;
    CHECK(demo_fill(out, &len, 'B', 3) == DEMO_E_SMALL && len == 3 && out[0] == 'A');

    CHECK(demo_repeat_bound(2, 3) == 22 && demo_repeat_bound(5, -1) == 16);
    CHECK(demo_frame_size((const uint8_t *)"\003ab", 3) == 6 && demo_frame_size(NULL, 0) == DEMO_FRAME_ERROR);
    uint8_t rep[22];
    len = demo_repeat_bound(2, 3);
    CHECK(demo_repeat(rep, &len, (const uint8_t *)"ab", 2, 3) == DEMO_OK && len == 6);
    CHECK(memcmp(rep, "ababab", 6) == 0);
    len = sizeof rep;
    CHECK(demo_repeat(rep, &len, (const uint8_t *)"ab", 2, -1) == DEMO_E_INVALID);
    len = 5;
    CHECK(demo_repeat(rep, &len, (const uint8_t *)"ab", 2, 3) == DEMO_E_SMALL);

    uint8_t cp[4];
    size_t pos = 0;
    CHECK(demo_copy_produced(cp, &pos, 4, (const uint8_t *)"abcdef", 6) == DEMO_MORE && pos == 4);
    CHECK(memcmp(cp, "abcd", 4) == 0);
    pos = 0;
    CHECK(demo_copy_produced(cp, &pos, 4, (const uint8_t *)"xy", 2) == DEMO_OK && pos == 2);
    pos = 5;
    CHECK(demo_copy_produced(cp, &pos, 4, (const uint8_t *)"xy", 2) == DEMO_E_INVALID);

    uint8_t x[3] = { 'a', 'b', 'c' };
    demo_xor_inplace(x, 3, 0x20);
    CHECK(memcmp(x, "ABC", 3) == 0);
    CHECK(demo_nullable_len(NULL, 0) == -1 && demo_nullable_len(x, 3) == 3);

    int32_t mn = 99, mx = 99;
    CHECK(demo_stats(v, 3, &mn, &mx) == 3 && mn == -1 && mx == 7);
    CHECK(demo_stats(v, 0, &mn, &mx) == 0 && mn == 0 && mx == 0);
}

static void test_out_params(void)
{
    int q = 0, r = 0;
    CHECK(demo_divmod(-7, 2, &q, &r) == DEMO_OK && q == -3 && r == -1);
    CHECK(demo_divmod(1, 0, &q, &r) == DEMO_E_DIVZERO);
    CHECK(demo_divmod(INT_MIN, -1, &q, &r) == DEMO_E_RANGE);

    int32_t value = 0;
    CHECK(demo_parse_int("010", 10, &value) == DEMO_OK && value == 10);
    CHECK(demo_parse_int("-5", 10, &value) == DEMO_OK && value == -5);
    CHECK(demo_parse_int("12x", 10, &value) == DEMO_E_INVALID);
    CHECK(demo_parse_int("", 10, &value) == DEMO_E_INVALID);
    CHECK(demo_parse_int("99999999999", 10, &value) == DEMO_E_RANGE);

    int counter = 5;
    demo_increment(&counter, 3);
    CHECK(counter == 8);
    counter = INT_MAX;
    demo_increment(&counter, 1);
    CHECK(counter == INT_MIN);
}

static int event_sum;
static int event_calls;

static void on_event(int value, void *user_data)
{
    event_sum += value;
    event_calls++;
    CHECK(user_data == &event_sum);
}

static void test_handles(void)
{
    int live = demo_live_objects();
    demo_counter *c = demo_counter_new(8);
    CHECK(c != NULL && demo_live_objects() == live + 1);
    CHECK(demo_counter_value(c) == 8);
    CHECK_STR(demo_counter_errmsg(c), "");
    demo_counter_set_limit(c, 10);
    CHECK(demo_counter_add(c, 5) == DEMO_E_LIMIT && demo_counter_value(c) == 8);
    CHECK_STR(demo_counter_errmsg(c), "value 8 + 5 exceeds limit 10");
    CHECK(demo_counter_add(c, 2) == DEMO_OK && demo_counter_value(c) == 10);
    CHECK_STR(demo_counter_errmsg(c), "");

    demo_counter_set_callback(c, on_event, &event_sum);
    CHECK(demo_counter_add(c, -3) == DEMO_OK && event_sum == 7 && event_calls == 1);
    demo_counter_set_callback(c, NULL, NULL);
    CHECK(demo_counter_add(c, 1) == DEMO_OK && event_calls == 1);

    demo_counter *copy = demo_counter_clone(c);
    CHECK(copy != NULL && demo_live_objects() == live + 2);
    CHECK(demo_counter_equal(c, copy) == 1);
    CHECK(demo_counter_add(copy, 1) == DEMO_OK && demo_counter_equal(c, copy) == 0);
    CHECK(demo_counters_total(c, copy) == 17);
    CHECK(demo_counter_add(copy, 5) == DEMO_E_LIMIT); /* the limit was cloned */
    demo_counter_destroy(copy);
    demo_counter_destroy(c);
    demo_counter_destroy(NULL);
    CHECK(demo_live_objects() == live);

    demo_counter *parsed = demo_parse_counter("12");
    CHECK(parsed != NULL && demo_counter_value(parsed) == 12);
    demo_counter_destroy(parsed);
    CHECK(demo_parse_counter("twelve") == NULL);
    CHECK(demo_live_objects() == live);

    demo_buffer dummy;
    demo_buffer *b = &dummy;
    CHECK(demo_buffer_open(&b, DEMO_BUFFER_MAX + 1) == DEMO_E_RANGE && b == NULL);
    CHECK(demo_buffer_open(&b, 0) == DEMO_E_INVALID && b != NULL);
    CHECK(demo_live_objects() == live + 1);
    demo_buffer_destroy(b);
    CHECK(demo_live_objects() == live);

    CHECK(demo_buffer_open(&b, 4) == DEMO_OK && b != NULL);
    CHECK(demo_buffer_capacity(b) == 4 && demo_buffer_size(b) == 0);
    CHECK(demo_buffer_write(b, (const uint8_t *)"abc", 3) == DEMO_OK);
    CHECK(demo_buffer_write(b, (const uint8_t *)"de", 2) == DEMO_E_FULL);
    CHECK(demo_buffer_size(b) == 3);
    uint8_t out[4];
    size_t len = 2;
    CHECK(demo_buffer_contents(b, out, &len) == DEMO_E_SMALL);
    len = demo_buffer_size(b);
    CHECK(demo_buffer_contents(b, out, &len) == DEMO_OK && len == 3 && memcmp(out, "abc", 3) == 0);

    demo_buffer_adopt_counter(b, demo_counter_new(1));
    demo_buffer_adopt_counter(b, demo_counter_new(2)); /* destroys the first */
    CHECK(demo_live_objects() == live + 2);
    demo_buffer_destroy(b);
    demo_buffer_destroy(NULL);
    CHECK(demo_live_objects() == live);
}

static int visit_stop_at_two(void *user_data, int32_t item)
{
    *(int32_t *)user_data += item;
    return item == 2;
}

struct progress_log {
    char text[64];
};

static void on_progress(const char *stage, uint64_t done, void *user_data)
{
    struct progress_log *log = user_data;
    size_t used = strlen(log->text);
    snprintf(log->text + used, sizeof log->text - used, "%s:%llu ", stage, (unsigned long long)done);
}

struct rendezvous_arg {
    int parties;
    int met;
    uint64_t sum;
};

static void *rendezvous_thread(void *p)
{
    struct rendezvous_arg *arg = p;
    arg->met = demo_rendezvous(arg->parties, 5000);
    arg->sum = demo_busy_sum(1000);
    return NULL;
}

static void test_callbacks_and_threads(void)
{
    const int32_t items[] = { 1, 2, 3 };
    int32_t seen = 0;
    CHECK(demo_foreach(items, 3, visit_stop_at_two, &seen) == 2 && seen == 3);
    CHECK(demo_foreach(items, 0, visit_stop_at_two, &seen) == 0);

    CHECK(demo_busy_sum(0) == 0 && demo_busy_sum(1) == 0 && demo_busy_sum(10) == 45);
    struct progress_log log = { "" };
    CHECK(demo_busy_sum_progress(100, on_progress, &log) == 4950);
    CHECK_STR(log.text, "start:0 half:50 done:100 ");

    CHECK(demo_rendezvous(1, 0) == 1);
    CHECK(demo_rendezvous(2, 20) == 0); /* nobody else comes */

    enum { N = 8 };
    pthread_t threads[N];
    struct rendezvous_arg args[N];
    for (int i = 0; i < N; i++) {
        args[i] = (struct rendezvous_arg){ N, 0, 0 };
        CHECK(pthread_create(&threads[i], NULL, rendezvous_thread, &args[i]) == 0);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(threads[i], NULL);
        CHECK(args[i].met == 1 && args[i].sum == 499500);
    }
}

static void test_structs_and_enums(void)
{
    demo_shape s;
    demo_shape_init(&s, 3, 4);
    CHECK(s.origin.x == 0 && s.origin.y == 0 && s.size.x == 3 && s.size.y == 4);
    CHECK(s.flags == 0 && s.visible == 1 && memcmp(s.tag, "demo", 4) == 0);
    CHECK(s.scale == 1.0 && s.magic == DEMO_SHAPE_MAGIC);
    CHECK(demo_shape_area(&s) == 12.0);
    s.scale = 2.5;
    s.flags = 5;
    CHECK(demo_shape_area(&s) == 30.0);

    demo_shape t = demo_shape_translate(s, 2, -3);
    CHECK(t.origin.x == 2 && t.origin.y == -3 && t.flags == 5 && t.visible == 1);
    CHECK(t.scale == 2.5 && t.magic == DEMO_SHAPE_MAGIC && s.origin.x == 0);

    demo_point a = { 1, 2 }, b = { 10, -20 };
    demo_point sum = demo_point_add(a, b);
    CHECK(sum.x == 11 && sum.y == -18);

    CHECK(demo_next_color(DEMO_COLOR_RED) == DEMO_COLOR_GREEN);
    CHECK(demo_next_color(DEMO_COLOR_BLUE) == DEMO_COLOR_RED);
    CHECK(demo_perm_toggle(DEMO_PERM_READ | DEMO_PERM_WRITE, DEMO_PERM_WRITE | DEMO_PERM_EXEC) ==
          (DEMO_PERM_READ | DEMO_PERM_EXEC));
}

int main(void)
{
    int live = demo_live_objects();
    test_constants_and_info();
    test_scalars();
    test_strings();
    test_buffers();
    test_out_params();
    test_handles();
    test_callbacks_and_threads();
    test_structs_and_enums();
    CHECK(demo_live_objects() == live && live == 0);
    printf("demo selftest: %d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
