"""Small helpers shared by the behaviour tests (no fixtures: those live in conftest.py)."""

import gc
import platform
import struct

import pytest

CPYTHON = platform.python_implementation() == "CPython"

# Reason of the hpy_limitation marker for buffer-protocol objects other than bytes/bytearray.
NO_BUFFER_PROTOCOL = ("no API to consume arbitrary buffer-protocol objects "
                      "(memoryview, array.array, numpy)")

# Non-contiguous buffers: memoryview raises BufferError, numpy ValueError (as for the
# standard library's own functions, e.g. zlib.crc32); a binding may also say TypeError.
NON_CONTIGUOUS_ERRORS = (TypeError, BufferError)
NUMPY_NON_CONTIGUOUS_ERRORS = (TypeError, BufferError, ValueError)

FNV_OFFSET = 2166136261
FNV_PRIME = 16777619


def fnv1a(data):
    """32-bit FNV-1a, as demo_checksum computes it."""
    h = FNV_OFFSET
    for byte in bytes(data):
        h = ((h ^ byte) * FNV_PRIME) & 0xFFFFFFFF
    return h


def fnv1a_of_zeros(n):
    """FNV-1a of n zero bytes without a loop: XOR with 0 is a no-op."""
    return (FNV_OFFSET * pow(FNV_PRIME, n, 1 << 32)) & 0xFFFFFFFF


def i32s(*values):
    """Native-endian int32 items as bytes (accepted by every target, HPy included)."""
    return struct.pack(f"={len(values)}i", *values)


def f64s(*values):
    return struct.pack(f"={len(values)}d", *values)


def collect():
    """A full garbage collection; PyPy needs several passes to run finalizers."""
    for _ in range(3 if CPYTHON else 6):
        gc.collect()


def numpy():
    """numpy, or a clean skip where it is not installed (PyPy)."""
    return pytest.importorskip("numpy")


class LiveObjects:
    """Counts demo handles created/destroyed in a block: with LiveObjects(demo) as live: ... live.delta"""

    def __init__(self, demo):
        self.demo = demo
        self.start = None

    def __enter__(self):
        collect()
        self.start = self.demo.demo_live_objects()
        return self

    def __exit__(self, *exc):
        return False

    @property
    def delta(self):
        return self.demo.demo_live_objects() - self.start

    def settled_delta(self):
        """delta after a garbage collection."""
        collect()
        return self.delta


class FreeCount:
    """Counts demo_free calls in a block."""

    def __init__(self, demo):
        self.demo = demo
        self.start = None

    def __enter__(self):
        self.start = self.demo.demo_free_count()
        return self

    def __exit__(self, *exc):
        return False

    @property
    def delta(self):
        return self.demo.demo_free_count() - self.start
