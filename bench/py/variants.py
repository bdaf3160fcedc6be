"""How each variant is imported and called: one setup and five call statements per variant.

Every variant binds the same bench library (bench/lib). A statement is timed inside timeit's own loop, so
it is what a user writes at a call site. BUF is 1 KB of bytes; C is a handle object made in the setup.
"""

SHAPES = ["noargs", "add", "buffer_in", "alloc_out", "method"]


def module_calls(module, prefix):
    """The calls of a module exposing the bench functions as module functions, named PREFIX + noargs, ..."""
    return dict(
        setup="import %s as M\nC = M.Counter(5)" % module,
        noargs="M.%snoargs()" % prefix,
        add="M.%sadd(1, 2)" % prefix,
        buffer_in="M.%schecksum(BUF)" % prefix,
        alloc_out="M.%scopy_out()" % prefix,
        method="C.get()",
        crc="M.%scrc32" % prefix,
    )


# The generated modules (classic, abi3, cython, hpy, cffi API/ABI) share one Python surface.
GENERATED = module_calls("benchlib", "bl_")

VARIANTS = {
    "baseline": module_calls("blbase", ""),
    "generated": GENERATED,
    "swig": module_calls("blswig", "bl_"),
    "pybind11": module_calls("blpybind", ""),
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
