#include <stddef.h>
#include <stdint.h>

typedef unsigned long uLong;
typedef uLong uLongf;
typedef const uLongf *cuLongf_ptr;
typedef unsigned char Byte;
typedef Byte Bytef;
typedef void *voidp;
typedef const char *cstring;
typedef int int_array4[4];
typedef size_t my_size;
typedef uint8_t octet;
typedef struct tree tree_t;
typedef struct tree *tree_ptr;
typedef volatile int vint;
typedef char char_t;
typedef signed char schar_t;
typedef unsigned char uchar_t;
typedef long double ldouble_t;

uLongf checksum(uLongf init, const Bytef *buf, my_size len);
