/* SWIG peer: the bench library as SWIG users typically wrap it (buffer typemaps from pybuffer.i, a %extend
 * class for the handle, a cstring typemap for the 1 KB output). */
%module blswig
%begin %{
#define SWIG_PYTHON_STRICT_BYTE_CHAR   /* char* outputs as bytes, not str */
%}
%{
#include "benchlib.h"
%}
%include <stdint.i>
%include <pybuffer.i>
%include <cstring.i>

%pybuffer_binary(const uint8_t *data, size_t len);
%rename(bl_copy_out) bl_copy_out_swig;
%rename(Counter) bl_counter;
%rename(get) bl_counter::value;   /* bl_counter_get would collide with SWIG's own bl_counter_<method> */
%cstring_output_allocate_size(char **out, size_t *outlen, free(*$1));

int bl_noargs(void);
int bl_add(int a, int b);
int bl_checksum(const uint8_t *data, size_t len);
uint32_t bl_crc32(uint32_t crc, const uint8_t *data, size_t len);

%inline %{
static void bl_copy_out_swig(char **out, size_t *outlen)
{
    *out = malloc(BL_BLOCK);
    *outlen = *out ? BL_BLOCK : 0;
    if (*out) bl_copy_out((uint8_t *)*out, BL_BLOCK);
}
%}

struct bl_counter {};
%extend bl_counter {
    bl_counter(int start) { return bl_counter_new(start); }
    ~bl_counter() { bl_counter_free($self); }
    int value() { return bl_counter_get($self); }
}
