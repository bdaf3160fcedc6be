/*
 * File header comment: not the doc of anything.
 */

/** Doxygen block before a function. */
int doc_doxygen(void);

/// Triple-slash line one.
/// Triple-slash line two.
int doc_triple_slash(void);

// Plain line comment.
int doc_line(void);

/* Plain block comment. */
int doc_block(void);

int doc_zlib_style(int level);
/*
     doc_zlib_style documents itself after the declaration, zlib style.
   The second line is less indented.

     A second paragraph, also indented
   zlib style over two lines.

     A one-line paragraph keeps its extra indentation (it could be code).
*/

int doc_after_same_line(void); /* trailing on the same line */

/* Section comment, separated by a blank line. */

int doc_none(void);

/*
 * Star-decorated block
 * with two lines.
 *
 * And a paragraph.
 */
int doc_stars(void);

/**
 * Doc for the struct.
 */
struct documented {
    int a;          /* trailing doc of a */
    /* doc of b, own line */
    int b;
    int c;          // line comment of c
};

/* Doc for the enum. */
enum documented_enum {
    DE_ONE,     /* first */
    /* second, before */
    DE_TWO,
    DE_THREE    // third
};

/* Doc of a macro, on the line above. */
#define DOC_MACRO 1
#define DOC_MACRO_TRAILING 2   /* trailing macro doc */

#define DOC_MACRO_NONE 3

/* Doc of a typedef. */
typedef int doc_int;

/* Doc of a variable. */
extern int doc_variable;
