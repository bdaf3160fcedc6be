"""Times the five call shapes of one variant in this interpreter; prints one JSON object.

usage: bench_calls.py VARIANT wall [--repeats R] [--calls N]   min and median ns per call over R repeats
       bench_calls.py VARIANT callgrind [--calls N]           instruction counts (run under callgrind)
       bench_calls.py VARIANT crc --mb M [--repeats R]        crc32 throughput over M MB (one call, 64 KB chunks)
       bench_calls.py VARIANT memory [--calls N]              peak bytes of one call, resident growth per call

Before timing, every shape's result is checked against the C library's known answers, so a broken binding
fails the run instead of producing a number. Per-call figures exclude timeit's empty loop (measured the same
way and subtracted). Under callgrind, a tiny helper library (BENCH_METER_SO) zeroes the counters before N, 2N and
3N calls of each shape and dumps them after; bench/py/report.py takes 3N - 2N (no fixed costs).
"""
import argparse
import ctypes
import gc
import json
import os
import platform
import statistics
import sys
import time
import timeit
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variants import SHAPES, variant  # noqa: E402

BUF = bytes((i * 7 + 3) & 0xFF for i in range(1024))
EXPECTED = {
    "noargs": 42,
    "add": 3,
    "buffer_in": sum(BUF) & 0x7FFFFFFF,
    "alloc_out": bytes((i * 31 + 7) & 0xFF for i in range(1024)),
    "method": 5,
}


def namespace(table):
    ns = {"BUF": BUF}
    exec(table["setup"], ns)
    return ns


def check(name, table, ns):
    for shape in SHAPES:
        got = eval(table[shape], ns)
        if got != EXPECTED[shape]:
            raise SystemExit("%s: %s returned %.80r, expected %.80r" % (name, table[shape], got, EXPECTED[shape]))
    crc = eval(table["crc"], ns)
    if crc(0, BUF) != zlib.crc32(BUF):
        raise SystemExit("%s: crc32 gives %r, zlib says %r" % (name, crc(0, BUF), zlib.crc32(BUF)))


def warm_up(timer, calls):
    """One full run (PyPy's JIT compiles the loop), then ten short ones: CPython 3.11 quickens (specializes)
    a code object only after it ran 8 times, and timeit's loop is one call of its own code object."""
    timer.timeit(calls)
    for _ in range(10):
        timer.timeit(100)


def wall(table, ns, repeats, calls):
    out = {}
    empty_timer = timeit.Timer("pass", globals=ns)
    warm_up(empty_timer, calls)
    empty = empty_timer.repeat(repeats, calls)
    for shape in SHAPES:
        timer = timeit.Timer(table[shape], globals=ns)
        warm_up(timer, calls)
        runs = sorted(timer.repeat(repeats, calls))
        out[shape] = {
            "min_ns": max(runs[0] - min(empty), 0.0) / calls * 1e9,
            "median_ns": max(statistics.median(runs) - statistics.median(empty), 0.0) / calls * 1e9,
        }
    return out


def callgrind(table, ns, calls):
    meter = ctypes.CDLL(os.environ["BENCH_METER_SO"])
    meter.bl_meter_dump.argtypes = [ctypes.c_char_p]
    gc.collect()
    gc.disable()  # a collection triggered by the meter's own allocations would land in a measurement
    meter.bl_meter_zero()  # the first calls through ctypes resolve symbols: not inside a measurement
    meter.bl_meter_dump(b"warmup")
    for shape in ["empty"] + SHAPES:
        timer = timeit.Timer("pass" if shape == "empty" else table[shape], globals=ns)
        warm_up(timer, calls)
        # N, 2N and 3N calls: 3N - 2N is N calls without any fixed cost of a measurement (the first
        # measurement after a warm-up carries a few thousand instructions more than the next ones)
        for k in (1, 2, 3):
            meter.bl_meter_zero()
            timer.timeit(calls * k)
            meter.bl_meter_dump(("%s.%d" % (shape, k)).encode())
    return {"calls": calls}


def crc(table, ns, mb, repeats):
    """crc32 over MB megabytes through the binding, one call and 64 KB memoryview chunks, against the same
    calls made in C (BENCH_CRCLOOP_SO through cffi's ABI mode: no copy). Each repeat times C and the binding
    back to back, so a busy machine slows both alike; min and median of the repeats."""
    import cffi
    ffi = cffi.FFI()
    ffi.cdef("uint32_t bl_crc32(uint32_t, const uint8_t *, size_t);"
             "uint32_t bl_crc32_chunks(uint32_t, const uint8_t *, size_t, size_t);")
    c_lib = ffi.dlopen(os.environ["BENCH_CRCLOOP_SO"])
    fn = eval(table["crc"], ns)
    data = bytes(range(256)) * (mb * 4096)
    view = memoryview(data)
    cdata = ffi.from_buffer(data)
    chunk = 64 * 1024
    expect = zlib.crc32(data)

    def chunked():
        c = 0
        for off in range(0, len(data), chunk):
            c = fn(c, view[off:off + chunk])
        return c

    runs = {
        "whole": (lambda: fn(0, data), lambda: c_lib.bl_crc32(0, cdata, len(data))),
        "chunks": (chunked, lambda: c_lib.bl_crc32_chunks(0, cdata, len(data), chunk)),
    }
    out = {"bytes": len(data)}
    for label, (py_run, c_run) in runs.items():
        if c_run() != expect:
            raise SystemExit("crc32 in C over %d MB (%s) is wrong" % (mb, label))
        try:
            got = py_run()
        except TypeError as exc:  # HPy 0.0.4 takes bytes/bytearray only, not memoryview slices
            if label != "chunks":
                raise
            out[label] = {"skipped": str(exc)}
            continue
        if got != expect:
            raise SystemExit("crc32 over %d MB (%s) is wrong" % (mb, label))
        py_t, c_t = [], []
        for _ in range(repeats):
            for run, times in ((c_run, c_t), (py_run, py_t)):
                t = time.perf_counter()
                run()
                times.append((time.perf_counter() - t) * 1e9)
        out[label] = {"min_ns": min(py_t), "median_ns": statistics.median(py_t),
                      "c_min_ns": min(c_t), "c_median_ns": statistics.median(c_t)}
    return out


def resident_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory(table, ns, calls):
    """Per shape, two figures. peak_bytes: what one call holds at its peak, its result included, above a call of
    nothing (CPython's tracemalloc: Python's allocators, which every variant's objects come from; None on PyPy,
    which has no tracemalloc). growth_bytes: resident memory left behind per call, after 2N and 3N calls with a
    collection before each reading, so a leak of a few bytes per call shows and allocator warm-up does not."""
    try:
        import tracemalloc
        tracemalloc.start
    except (ImportError, AttributeError):
        tracemalloc = None
    out = {}
    for shape in SHAPES:
        code = compile("_r = " + table[shape], "<%s>" % shape, "exec")
        empty = compile("_r = None", "<empty>", "exec")
        peak = None
        if tracemalloc is not None and platform.python_implementation() == "CPython":
            tracemalloc.start()
            samples = {}
            for label, c in (("empty", empty), ("call", code)):
                for _ in range(20):  # the minimum of several: a stray allocation elsewhere only raises one sample
                    ns.pop("_r", None)
                    tracemalloc.reset_peak()
                    before = tracemalloc.get_traced_memory()[0]
                    exec(c, ns)
                    got = tracemalloc.get_traced_memory()[1] - before
                    samples[label] = min(samples.get(label, got), got)
            tracemalloc.stop()
            peak = max(samples["call"] - samples["empty"], 0)
        timer = timeit.Timer(table[shape], globals=ns)
        warm_up(timer, calls)
        readings = []
        for k in (1, 2, 3):
            timer.timeit(calls if k > 1 else calls * 2)
            gc.collect()
            readings.append(resident_bytes())
        out[shape] = {"peak_bytes": peak, "growth_bytes": max(readings[2] - readings[1], 0) / calls}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("variant")
    ap.add_argument("mode", choices=["wall", "callgrind", "crc", "memory"])
    ap.add_argument("--repeats", type=int, default=25)
    ap.add_argument("--calls", type=int, default=20000)
    ap.add_argument("--mb", type=int, default=100)
    a = ap.parse_args()
    table = variant(a.variant)
    ns = namespace(table)
    check(a.variant, table, ns)
    if a.mode == "wall":
        results = wall(table, ns, a.repeats, a.calls)
    elif a.mode == "callgrind":
        results = callgrind(table, ns, a.calls)
    elif a.mode == "memory":
        results = memory(table, ns, a.calls)
    else:
        results = crc(table, ns, a.mb, a.repeats)
    print(json.dumps({"variant": a.variant, "mode": a.mode,
                      "python": "%s %s" % (platform.python_implementation(), platform.python_version()),
                      "results": results}))


if __name__ == "__main__":
    main()
