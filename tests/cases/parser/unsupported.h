typedef float vec4f __attribute__((vector_size(16)));
typedef _Complex double complex_double;
typedef _Atomic int atomic_int_t;
typedef __int128 i128;
typedef unsigned __int128 u128;

vec4f vec_add(vec4f a, vec4f b);
complex_double cmul(complex_double a, complex_double b);
