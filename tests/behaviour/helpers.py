"""Small helpers shared by the behaviour tests (no fixtures: those live in conftest.py)."""

import gc
import platform
import struct
import threading

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


class CounterDelta:
    """How much a C-side counter changed within a block:

        with CounterDelta(demo.demo_free_count) as frees: ...; assert frees.delta == 1
    """

    def __init__(self, read, collect_first=False):
        self.read = read
        self.collect_first = collect_first
        self.start = None

    def __enter__(self):
        if self.collect_first:
            collect()  # garbage of earlier tests must not be counted
        self.start = self.read()
        return self

    def __exit__(self, *exc):
        return False

    @property
    def delta(self):
        return self.read() - self.start

    def settled_delta(self):
        """delta after a garbage collection."""
        collect()
        return self.delta


def LiveObjects(demo):
    """Handles created minus destroyed in a block (demo_live_objects)."""
    return CounterDelta(demo.demo_live_objects, collect_first=True)


def FreeCount(demo):
    """demo_free calls in a block."""
    return CounterDelta(demo.demo_free_count)

THREADS = 8


def run_in_threads(work, count=THREADS):
    """Runs work(i) in count threads started together; returns the results in order."""
    results = [None] * count
    errors = []
    start = threading.Barrier(count)

    def runner(i):
        try:
            start.wait()
            results[i] = work(i)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=runner, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    if errors:
        raise errors[0]
    return results
