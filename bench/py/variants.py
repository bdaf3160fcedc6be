"""How each variant is imported and called: one setup and five call statements per variant.

Every variant binds the same bench library (bench/lib). A statement is timed inside timeit's own loop, so
it is what a user writes at a call site. BUF is 1 KB of bytes; C is a handle object made in the setup.
"""

SHAPES = ["noargs", "add", "buffer_in", "alloc_out", "method"]

# The generated modules (classic, abi3, cython, hpy, cffi API/ABI) share one Python surface.
GENERATED = dict(
    setup="import benchlib as M\nC = M.Counter(5)",
    noargs="M.bl_noargs()",
    add="M.bl_add(1, 2)",
    buffer_in="M.bl_checksum(BUF)",
    alloc_out="M.bl_copy_out()",
    method="C.get()",
    crc="M.bl_crc32",
)

VARIANTS = {
    "baseline": dict(
        setup="import blbase as M\nC = M.Counter(5)",
        noargs="M.noargs()",
        add="M.add(1, 2)",
        buffer_in="M.checksum(BUF)",
        alloc_out="M.copy_out()",
        method="C.get()",
        crc="M.crc32",
    ),
    "generated": GENERATED,
    "swig": dict(
        setup="import blswig as M\nC = M.Counter(5)",
        noargs="M.bl_noargs()",
        add="M.bl_add(1, 2)",
        buffer_in="M.bl_checksum(BUF)",
        alloc_out="M.bl_copy_out()",
        method="C.get()",
        crc="M.bl_crc32",
    ),
    "pybind11": dict(
        setup="import blpybind as M\nC = M.Counter(5)",
        noargs="M.noargs()",
        add="M.add(1, 2)",
        buffer_in="M.checksum(BUF)",
        alloc_out="M.copy_out()",
        method="C.get()",
        crc="M.crc32",
    ),
    "ctypes": dict(
        setup="import blctypes as M\nC = M.Counter(5)\nnoargs = M.lib.bl_noargs\nadd = M.lib.bl_add",
        noargs="noargs()",
        add="add(1, 2)",
        buffer_in="M.checksum(BUF)",
        alloc_out="M.copy_out()",
        method="C.get()",
        crc="M.crc32",
    ),
    "cffi-hand": dict(
        setup="import blcffi as M\nC = M.Counter(5)\nlib = M.lib",
        noargs="lib.bl_noargs()",
        add="lib.bl_add(1, 2)",
        buffer_in="M.checksum(BUF)",
        alloc_out="M.copy_out()",
        method="C.get()",
        crc="M.crc32",
    ),
}


def variant(name):
    """The call table of a variant: generated targets (classic, abi3, ...) all use GENERATED. A variant built
    for PyPy (cffi-pypy, classic-pypy, swig-pypy, ...) is run under its name without -pypy (bench/run.sh)."""
    return VARIANTS.get(name, GENERATED)
