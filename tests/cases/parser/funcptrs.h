typedef void (*free_fn)(void *opaque, void *address);
typedef void *(*alloc_fn)(void *, unsigned int items, unsigned int size);
typedef int compare_fn(const void *a, const void *b);
typedef int (*(*fn_returning_fn)(int selector))(double value);

struct allocator {
    void *(*alloc)(void *opaque, unsigned long size);
    free_fn free;
    compare_fn *compare;
    void *opaque;
};

void set_handler(void (*handler)(int signal, void *context), void *context);
void sort(void *base, unsigned long count, compare_fn *cmp);
int (*get_callback(const char *name))(int, int);
