#define M_INT 42
#define M_HEX 0x1F
#define M_NEG (-7)
#define M_UNSIGNED 4000000000u
#define M_ALL_ONES ((unsigned)-1)
#define M_LONG_LONG 0x7FFFFFFFFFFFFFFFLL
#define M_ULL_MAX 0xFFFFFFFFFFFFFFFFULL
#define M_SHIFT (1 << 8)
#define M_BUILT (M_INT | M_SHIFT)   /* built from other macros */
#define M_CHAR 'A'
#define M_FLOAT 1.5f
#define M_DOUBLE 2.25e3
#define M_STRING "hello"
#define M_CONCAT "abc" "def"
#define M_PAREN_STRING ("paren")
#define M_ESCAPES "tab\there \"quoted\" back\\slash\n"
#define M_UTF8 "h\xc3\xa9llo"
#define M_STRINGIFY_(x) #x
#define M_STRINGIFY(x) M_STRINGIFY_(x)
#define M_VERSION_STRING M_STRINGIFY(M_INT) "." M_STRINGIFY(M_HEX)
#define M_PASTE_(a, b) a##b
#define M_PASTE M_PASTE_(12, 34)
#define M_SIZEOF sizeof(long)
#define M_CAST ((short)70000)
#define M_ENUM_REF E_TWO
#define M_MULTI_LINE (M_INT + \
                      M_HEX)

enum small { E_ONE = 1, E_TWO = 2 };

/* Not constants: dropped. */
#define M_EMPTY
#define M_KEYWORD extern
#define M_TYPE unsigned int
#define M_CALL get_value()
#define M_NULL_PTR ((void *)0)
#define M_BRACES { 1, 2 }
#define M_FUNCTION_LIKE(x) ((x) + 1)
#define M_UNDEFINED_REF NO_SUCH_NAME

int get_value(void);
