"""Hand-written cffi peer (API mode, out-of-line): builds _blcffi next to this file."""
import os
import sys

from cffi import FFI

ffi = FFI()
ffi.cdef("""
int bl_noargs(void);
int bl_add(int a, int b);
int bl_checksum(const uint8_t *data, size_t len);
void bl_copy_out(uint8_t *dest, size_t len);
uint32_t bl_crc32(uint32_t crc, const uint8_t *data, size_t len);
typedef struct bl_counter bl_counter;
bl_counter *bl_counter_new(int start);
void bl_counter_free(bl_counter *c);
int bl_counter_get(const bl_counter *c);
""")
lib_dir = os.environ["BENCHLIB_DIR"]
ffi.set_source("_blcffi", '#include "benchlib.h"', include_dirs=[lib_dir], libraries=["bench"],
               library_dirs=[os.environ.get("BENCHLIB_BUILD", lib_dir)])
if __name__ == "__main__":
    ffi.compile(tmpdir=sys.argv[1] if len(sys.argv) > 1 else ".", verbose=False)
