#!/usr/bin/env python3
"""Writes the torture corpus: tests/torture/headers/NNN_feature.h, one C feature each.

Each header declares its feature (every identifier that reaches the linker is unique across the corpus:
they all go into one libtorture.so); definitions sit under `#ifdef TORTURE_IMPL`, which only the library
build defines. The headers are checked in (review them, not only this script); rerun this after editing:
    python3 tests/torture/make_headers.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "headers")

# (type, includes, zero value) of every scalar kind a global or a field can have.
SCALARS = [
    ("char", "", "0"), ("signed char", "", "0"), ("unsigned char", "", "0"), ("short", "", "0"),
    ("unsigned short", "", "0"), ("int", "", "0"), ("unsigned int", "", "0"), ("long", "", "0"),
    ("unsigned long", "", "0"), ("long long", "", "0"), ("unsigned long long", "", "0"), ("float", "", "0"),
    ("double", "", "0"), ("_Bool", "", "0"), ("int8_t", "stdint.h", "0"), ("uint8_t", "stdint.h", "0"),
    ("int16_t", "stdint.h", "0"), ("uint16_t", "stdint.h", "0"), ("int32_t", "stdint.h", "0"),
    ("uint32_t", "stdint.h", "0"), ("int64_t", "stdint.h", "0"), ("uint64_t", "stdint.h", "0"),
    ("size_t", "stddef.h", "0"), ("ptrdiff_t", "stddef.h", "0"), ("intptr_t", "stdint.h", "0"),
    ("uintptr_t", "stdint.h", "0"), ("wchar_t", "stddef.h", "0"), ("off_t", "sys/types.h", "0"),
    ("time_t", "time.h", "0"), ("ssize_t", "sys/types.h", "0"), ("pid_t", "sys/types.h", "0"),
    ("intmax_t", "stdint.h", "0"), ("bool", "stdbool.h", "0"), ("long double", "", "0"),
]

headers = []  # (slug, body, impl)


def add(slug, body, impl=""):
    headers.append((slug, body.strip("\n"), impl.strip("\n")))


def ident(t):
    return re.sub(r"\W+", "_", t)


def inc(h):
    return f"#include <{h}>\n" if h else ""


# ---- globals: every scalar kind, plain and const; then the other kinds of global ----
for t, h, z in SCALARS:
    n = ident(t)
    add(f"global_{n}", f"{inc(h)}extern {t} tg_{n};", f"{t} tg_{n} = {z};")
    add(f"global_const_{n}", f"{inc(h)}extern const {t} tgc_{n};", f"const {t} tgc_{n} = {z};")
add("global_typedef_int", "typedef int tg_myint;\nextern tg_myint tg_typedef_int;", "tg_myint tg_typedef_int = 1;")
add("global_typedef_chain", "typedef unsigned tg_u1;\ntypedef tg_u1 tg_u2;\ntypedef const tg_u2 tg_u3;\nextern tg_u3 tg_chain;", "tg_u3 tg_chain = 2;")
add("global_volatile", "extern volatile int tg_volatile;", "volatile int tg_volatile = 3;")
add("global_enum", "enum tg_colour { TG_RED, TG_BLUE };\nextern enum tg_colour tg_enum;", "enum tg_colour tg_enum = TG_BLUE;")
add("global_typedef_anon_enum", "typedef enum { TGA_X = 1, TGA_Y } tga_e;\nextern tga_e tg_anon_enum;", "tga_e tg_anon_enum = TGA_Y;")
add("global_char_array", "extern const char tg_version[];", 'const char tg_version[] = "1.0";')
add("global_char_array_sized", "extern char tg_buf[16];", 'char tg_buf[16] = "hi";')
add("global_char_pointer", "extern const char *tg_name;", 'const char *tg_name = "torture";')
add("global_int_pointer", "extern int *tg_intp;", "int *tg_intp;")
add("global_int_array", "extern int tg_ints[4];", "int tg_ints[4];")
add("global_struct", "struct tg_pt { int x, y; };\nextern struct tg_pt tg_point;", "struct tg_pt tg_point;")
add("global_funcptr", "extern int (*tg_hook)(int);", "int (*tg_hook)(int);")
add("global_anon_struct", "extern struct { int a; } tg_anon;", "__typeof__(tg_anon) tg_anon;")
add("global_static", "static const int tg_static_one = 1;\nint tg_static_user(void);", "int tg_static_user(void) { return tg_static_one; }")

# ---- struct fields: every scalar kind, plain, const and volatile ----
for t, h, z in SCALARS:
    n = ident(t)
    add(f"field_{n}", f"{inc(h)}struct tf_{n} {{ {t} v; int after; }};")
    add(f"field_const_{n}", f"{inc(h)}struct tfc_{n} {{ const {t} v; int after; }};")
add("field_volatile", "struct tf_vol { volatile int v; volatile unsigned char c; };")
add("field_const_array", "struct tf_carr { const int v[3]; int w; };")
add("field_pointer", "struct tf_ptr { int *p; const char *s; void *any; };")
add("field_funcptr", "struct tf_fp { int (*cb)(int, void *); void *user_data; };")
add("field_complex", "struct tf_cplx { double _Complex z; int after; };")
add("field_int128", "struct tf_i128 { __int128 big; unsigned __int128 ubig; int after; };")
add("field_char_array", "struct tf_name { char name[32]; unsigned char raw[4]; };")
add("field_2d_array", "struct tf_grid { int cells[3][4]; };")
add("field_nested_struct", "struct tf_inner { int a; };\nstruct tf_outer { struct tf_inner in; int b; };")
add("field_struct_array", "struct tf_pt2 { short x, y; };\nstruct tf_poly { struct tf_pt2 pts[3]; };")
add("field_self_pointer", "struct tf_node { int value; struct tf_node *next; };")
add("field_mutual", "struct tf_b;\nstruct tf_a { struct tf_b *b; };\nstruct tf_b { struct tf_a *a; int v; };")
add("field_bool", "#include <stdbool.h>\nstruct tf_flags { bool on; _Bool off; };")
add("field_max_align", "#include <stddef.h>\nstruct tf_align { max_align_t m; char c; };")
add("field_keyword_names", "struct tf_kw { int def; int class_; int lambda; int None; int self; int string; int object; int cdef; int base; int out; };")

# ---- records: unnamed, nested, anonymous, typedef'd ----
add("typedef_anon_struct", "typedef struct { int x; int y; } tr_point;\ntr_point tr_point_make(int x, int y);",
    "tr_point tr_point_make(int x, int y) { tr_point p = { x, y }; return p; }")
add("typedef_anon_union", "typedef union { int i; float f; } tr_num;\nint tr_num_int(tr_num n);", "int tr_num_int(tr_num n) { return n.i; }")
add("typedef_anon_enum", "typedef enum { TR_A, TR_B = 4 } tr_kind;\ntr_kind tr_kind_next(tr_kind k);", "tr_kind tr_kind_next(tr_kind k) { return k; }")
add("typedef_same_name", "typedef struct tr_same { int v; } tr_same;")
add("typedef_other_name", "typedef struct tr_tag { int v; } tr_alias;")
add("typedef_pointer_to_anon", "typedef struct { int v; } *tr_handle;")
add("typedef_two_names", "typedef struct { int v; } tr_first, *tr_first_p;")
add("unnamed_struct_field", "struct tr_o1 { int a; struct { int b; char c; } inner; };")
add("unnamed_union_field", "struct tr_o2 { int kind; union { int i; double d; } as; };")
add("unnamed_struct_pointer_field", "struct tr_o3 { struct { int q; } *pq; int n; };")
add("unnamed_struct_array_field", "struct tr_o4 { struct { short a, b; } pairs[2]; };")
add("unnamed_enum_field", "struct tr_o5 { enum { TR5_OFF, TR5_ON } mode; int v; };")
add("unnamed_enum_field_typedef_parent", "typedef struct { enum { TR6_X, TR6_Y = 9 } e; } tr_o6;")
add("anonymous_union_member", "struct tr_o7 { int kind; union { int i; float f; }; };")
add("anonymous_struct_member", "struct tr_o8 { union { struct { short lo, hi; }; int whole; }; };")
add("nested_anonymous_deep", "struct tr_o9 { struct { union { struct { int x; } pt; int raw; } u; } outer; };")
add("typedef_anon_with_unnamed_field", "typedef struct { struct { int w, h; } size; } tr_o10;")
add("tagged_nested_definition", "struct tr_o11 { struct tr_o11_in { int z; } in; int w; };")
add("const_unnamed_field", "struct tr_o12 { const struct { int a; } c; };")
add("opaque_forward", "struct tr_opaque;\nstruct tr_opaque *tr_opaque_new(void);\nvoid tr_opaque_free(struct tr_opaque *o);",
    "struct tr_opaque { int x; };\nstruct tr_opaque *tr_opaque_new(void) { return 0; }\nvoid tr_opaque_free(struct tr_opaque *o) { (void)o; }")
add("empty_union_member_struct", "union tr_u1 { int i; struct { char a, b; } pair; };")

# ---- bitfields ----
add("bitfield_basic", "struct tb_1 { unsigned a : 1; unsigned b : 3; unsigned c : 28; };")
add("bitfield_signed", "struct tb_2 { int a : 4; int b : 4; signed char c : 3; };")
add("bitfield_unnamed_padding", "struct tb_3 { unsigned a : 3; unsigned : 5; unsigned b : 8; };")
add("bitfield_zero_width", "struct tb_4 { unsigned a : 3; unsigned : 0; unsigned b : 2; };")
add("bitfield_in_union", "union tb_5 { unsigned a : 3; unsigned char b; };")
add("bitfield_mixed", "#include <stdint.h>\nstruct tb_6 { uint8_t kind; uint16_t a : 7; uint16_t b : 9; uint32_t tail; };")
add("bitfield_bool", "#include <stdbool.h>\nstruct tb_7 { bool a : 1; bool b : 1; };")
add("bitfield_64", "struct tb_8 { unsigned long long a : 40; unsigned long long b : 24; };")
add("bitfield_const", "struct tb_9 { const unsigned a : 4; unsigned b : 4; };")
add("bitfield_enum", "enum tb_e { TB_A, TB_B };\nstruct tb_10 { enum tb_e e : 2; unsigned x : 6; };")

# ---- packing and alignment ----
add("packed_attribute", "struct __attribute__((packed)) tp_1 { char c; int i; short s; };")
add("pragma_pack_1", "#pragma pack(push, 1)\nstruct tp_2 { char c; double d; };\n#pragma pack(pop)")
add("pragma_pack_2", "#pragma pack(push, 2)\nstruct tp_3 { char c; int i; };\n#pragma pack(pop)")
add("aligned_record", "struct __attribute__((aligned(16))) tp_4 { int i; };")
add("aligned_field", "struct tp_5 { char c; int i __attribute__((aligned(8))); };")
add("packed_union", "union __attribute__((packed)) tp_6 { char c; int i; };")
add("packed_nested", "struct __attribute__((packed)) tp_7 { char c; struct { int a; } in; };")
add("alignas_field", "#include <stdalign.h>\nstruct tp_8 { char c; alignas(32) int i; };")
add("packed_bitfields", "struct __attribute__((packed)) tp_9 { unsigned a : 3; unsigned b : 13; char c; };")

# ---- arrays ----
add("flexible_array", "struct ta_1 { int n; int data[]; };")
add("zero_length_array", "struct ta_2 { int n; int data[0]; };")
add("flexible_char_array", "struct ta_3 { unsigned len; char text[]; };")
add("zero_length_struct_array", "struct ta_4e { int a; };\nstruct ta_4 { int n; struct ta_4e items[0]; };")
add("array_typedef", "typedef unsigned char ta_uuid[16];\nstruct ta_5 { ta_uuid id; };")
add("array_param", "int ta_sum4(const int v[4]);", "int ta_sum4(const int v[4]) { return v[0] + v[1] + v[2] + v[3]; }")
add("array_param_unsized", "int ta_first(const int v[]);", "int ta_first(const int v[]) { return v[0]; }")
add("array_of_pointers_field", "struct ta_6 { const char *names[3]; };")

# ---- enums ----
add("enum_tagged", "enum te_1 { TE1_A, TE1_B, TE1_C };\nenum te_1 te1_id(enum te_1 v);", "enum te_1 te1_id(enum te_1 v) { return v; }")
add("enum_anonymous_top", "enum { TE2_ONE = 1, TE2_TWO = 2 };")
add("enum_negative", "enum te_3 { TE3_NEG = -5, TE3_ZERO = 0, TE3_POS = 5 };")
add("enum_unsigned_big", "enum te_4 { TE4_BIG = 0xFFFFFFFFu };")
add("enum_64bit", "enum te_5 { TE5_HUGE = 0x100000000LL, TE5_NEG = -1 };")
add("enum_duplicates", "enum te_6 { TE6_A = 1, TE6_B = 1, TE6_C = TE6_A + 1 };")
add("enum_keyword_members", "enum te_7 { None, True, False, pass, raise, with };")
add("enum_empty_typedef", "typedef enum te_8 { TE8_ONLY } te_8_t;\nte_8_t te8_get(void);", "te_8_t te8_get(void) { return TE8_ONLY; }")
add("enum_packed", "enum __attribute__((packed)) te_9 { TE9_A, TE9_B = 200 };\nstruct te_9s { enum te_9 e; char c; };")
add("enum_typedef_anon_field", "typedef enum { TE10_X, TE10_Y } te10_kind;\nstruct te_10 { te10_kind k; };")
add("enum_param_return_typedef", "typedef enum { TE11_LO = -1, TE11_HI = 1 } te11_t;\nte11_t te11_flip(te11_t v);", "te11_t te11_flip(te11_t v) { return (te11_t)-v; }")
add("enum_char_values", "enum te_12 { TE12_A = 'a', TE12_Z = 'z' };")

# ---- function pointers ----
add("fp_typedef", "typedef int (*tfp_1)(int);\nint tfp1_call(tfp_1 f, int v);", "int tfp1_call(tfp_1 f, int v) { return f ? f(v) : v; }")
add("fp_typedef_chain", "typedef void (*tfp_2a)(void *);\ntypedef tfp_2a tfp_2b;\ntypedef tfp_2b tfp_2c;\nstruct tfp_2s { tfp_2c cb; };")
add("fp_function_typedef", "typedef int tfp_3fn(int, int);\nstruct tfp_3s { tfp_3fn *op; };")
add("fp_returning_fp", "typedef int (*tfp_4i)(int);\ntypedef tfp_4i (*tfp_4f)(void);\nstruct tfp_4s { tfp_4f get; };")
add("fp_callback_user_data", "typedef void (*tfp_5cb)(int value, void *user_data);\nvoid tfp5_each(int n, tfp_5cb cb, void *user_data);",
    "void tfp5_each(int n, tfp_5cb cb, void *user_data) { for (int i = 0; i < n; i++) cb(i, user_data); }")
add("fp_param_inline", "int tfp6_apply(int (*f)(int), int v);", "int tfp6_apply(int (*f)(int), int v) { return f ? f(v) : v; }")
add("fp_array_field", "struct tfp_7 { void (*hooks[3])(void); };")
add("fp_variadic_field", "struct tfp_8 { int (*printf_like)(const char *, ...); };")
add("fp_struct_by_value", "struct tfp_9v { int a; };\ntypedef int (*tfp_9)(struct tfp_9v);\nstruct tfp_9s { tfp_9 f; };")

# ---- functions ----
add("fn_void_void", "void tfn_1(void);", "void tfn_1(void) {}")
add("fn_no_prototype", "int tfn_2();", "int tfn_2() { return 2; }")
add("fn_variadic", "int tfn_3(const char *fmt, ...);", "int tfn_3(const char *fmt, ...) { (void)fmt; return 0; }")
add("fn_static_inline", "static inline int tfn_4(int a) { return a + 4; }")
add("fn_unnamed_params", "int tfn_5(int, double);", "int tfn_5(int a, double b) { return a + (int)b; }")
add("fn_struct_by_value", "struct tfn_6s { int a; double b; };\nstruct tfn_6s tfn_6(struct tfn_6s v);", "struct tfn_6s tfn_6(struct tfn_6s v) { return v; }")
add("fn_const_pointer", "int tfn_7(const int *const p);", "int tfn_7(const int *const p) { return p ? *p : 0; }")
add("fn_restrict", "void tfn_8(int *restrict a, const int *restrict b);", "void tfn_8(int *restrict a, const int *restrict b) { if (a && b) *a = *b; }")
add("fn_bool", "#include <stdbool.h>\nbool tfn_9(bool v);", "bool tfn_9(bool v) { return !v; }")
add("fn_long_double", "long double tfn_10(long double v);", "long double tfn_10(long double v) { return v; }")
add("fn_complex", "double _Complex tfn_11(double _Complex v);", "double _Complex tfn_11(double _Complex v) { return v; }")
add("fn_int128", "__int128 tfn_12(__int128 v);", "__int128 tfn_12(__int128 v) { return v; }")
add("fn_file_pointer", "#include <stdio.h>\nint tfn_13(FILE *f);", "int tfn_13(FILE *f) { return f != 0; }")
add("fn_va_list", "#include <stdarg.h>\nint tfn_14(const char *fmt, va_list ap);", "int tfn_14(const char *fmt, va_list ap) { (void)fmt; (void)ap; return 0; }")
add("fn_noreturn_attr", "__attribute__((noreturn)) void tfn_15(int code);", "#include <stdlib.h>\nvoid tfn_15(int code) { exit(code); }")
add("fn_deprecated_attr", "__attribute__((deprecated)) int tfn_16(void);", "int tfn_16(void) { return 16; }")
add("fn_char_pointer_return", "const char *tfn_17(void);", 'const char *tfn_17(void) { return "seventeen"; }')
add("fn_void_pointer", "void *tfn_18(void *p);", "void *tfn_18(void *p) { return p; }")
add("fn_double_pointer_out", "int tfn_19(int **out);", "int tfn_19(int **out) { if (out) *out = 0; return 0; }")
add("fn_unsigned_char_pointer", "unsigned tfn_20(const unsigned char *data, unsigned len);", "unsigned tfn_20(const unsigned char *data, unsigned len) { (void)data; return len; }")
add("fn_many_params", "long tfn_21(char a, short b, int c, long d, long long e, float f, double g, unsigned char h);",
    "long tfn_21(char a, short b, int c, long d, long long e, float f, double g, unsigned char h) { return a + b + c + d + e + (long)f + (long)g + h; }")
add("fn_typedef_anon_struct_pointer", "typedef struct { int v; } tfn_22s;\nint tfn_22(const tfn_22s *s);", "int tfn_22(const tfn_22s *s) { return s ? s->v : 0; }")
add("fn_size_t", "#include <stddef.h>\nsize_t tfn_23(size_t n);", "size_t tfn_23(size_t n) { return n; }")
add("fn_param_named_like_module", "int tfn_24(int module, int self, int result);", "int tfn_24(int module, int self, int result) { return module + self + result; }")

# ---- names: keywords and oddities of Python, Cython and C# ----
for kw in ["def", "lambda", "yield", "await", "print", "len", "None_", "object", "type", "str"]:
    add(f"name_python_{kw.lower()}", f"int {kw}(int x);", f"int {kw}(int x) {{ return x; }}")
for kw in ["cdef", "cpdef", "ctypedef", "cimport", "nogil", "readonly", "public", "api", "gil", "include"]:
    add(f"name_cython_{kw}", f"int {kw}(int x);", f"int {kw}(int x) {{ return x; }}")
for kw in ["string", "params", "namespace", "event", "checked", "fixed", "lock", "operator", "decimal", "internal",
           "sealed", "base", "delegate", "foreach", "implicit", "explicit", "object_", "ref", "out", "is", "as", "in_",
           "this_", "new_", "using", "virtual"]:
    add(f"name_csharp_{kw.strip('_')}", f"int {kw}(int x);", f"int {kw}(int x) {{ return x; }}")
add("name_lowercase_struct", "typedef struct { int v; } foo;\ntypedef struct pixel { unsigned char r, g, b; } pixel;")
add("name_lowercase_enum", "typedef enum { tn_a, tn_b } colour;")
add("name_param_keywords", "int tn_p(int def, int class_, int string, int object, int lambda, int in_);",
    "int tn_p(int def, int class_, int string, int object, int lambda, int in_) { return def + class_ + string + object + lambda + in_; }")
add("name_case_only", "struct tn_Case { int a; };\nstruct tn_case { int b; };")
add("name_double_underscore", "struct __tn_private { int __x; };\nint __tn_fn(int __a);", "int __tn_fn(int __a) { return __a; }")
add("name_digits", "struct tn_2d { int x1, x2; };\nint tn_3d(int v2);", "int tn_3d(int v2) { return v2; }")
add("name_long", "int tn_" + "very_long_name_" * 8 + "end(int a_" + "long_parameter_" * 4 + ");",
    "int tn_" + "very_long_name_" * 8 + "end(int a_" + "long_parameter_" * 4 + ") { return a_" + "long_parameter_" * 4 + "; }")
add("name_struct_and_function", "struct tn_shade { int v; };\nint tn_shade(int v);", "int tn_shade(int v) { return v; }")
add("name_field_like_method", "struct tn_m { int close; int __init__; int copy; int keys; };")
add("name_dunder_field", "struct tn_d { int __class__; int __dict__; };")

# ---- macros ----
add("macro_int", "#define TM_INT 42\n#define TM_NEG (-7)\n#define TM_HEX 0xFFu")
add("macro_float", "#define TM_PI 3.14159\n#define TM_F 1.5f")
add("macro_string", '#define TM_STR "torture"\n#define TM_ESC "a\\tb\\"c"')
add("macro_expression", "#define TM_A 4\n#define TM_B (TM_A * 2 + 1)\n#define TM_SHIFT (1u << 31)")
add("macro_keyword_names", "#define async 1\n#define nonlocal 2\n#define lock_ 3")

# ---- platform typedefs in records ----
add("platform_typedef_struct", "#include <sys/types.h>\n#include <time.h>\n#include <stdint.h>\nstruct tpl_1 { off_t off; time_t t; pid_t pid; ssize_t n; uintptr_t p; };")
add("platform_socklen", "#include <sys/socket.h>\nstruct tpl_2 { socklen_t len; sa_family_t fam; };")
add("platform_sig_atomic", "#include <signal.h>\nextern volatile sig_atomic_t tpl_flag;", "volatile sig_atomic_t tpl_flag;")
add("platform_timespec", "#include <time.h>\nstruct tpl_3 { struct timespec ts; };")
add("platform_uchar", "#include <uchar.h>\nstruct tpl_4 { char16_t a; char32_t b; };")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".h"):
            os.remove(os.path.join(OUT, f))
    for i, (slug, body, impl) in enumerate(headers, 1):
        guard = f"TORTURE_{i:03d}_H"
        text = f"/* torture {i:03d}: {slug.replace('_', ' ')} (written by make_headers.py) */\n#ifndef {guard}\n#define {guard}\n{body}\n"
        if impl:
            text += f"#ifdef TORTURE_IMPL\n{impl}\n#endif\n"
        text += "#endif\n"
        with open(os.path.join(OUT, f"{i:03d}_{slug}.h"), "w") as fh:
            fh.write(text)
    print(f"{len(headers)} headers in {OUT}")


if __name__ == "__main__":
    main()
