"""buffer: in / out / inout, length and length_unit, alloc, produced, nullable, zero-copy."""

import array
try:
    import tracemalloc
except ImportError:  # PyPy has no _tracemalloc; the tests that use it are CPython-only
    tracemalloc = None

import pytest

from helpers import (CPYTHON, NO_BUFFER_PROTOCOL, NON_CONTIGUOUS_ERRORS,
                     NUMPY_NON_CONTIGUOUS_ERRORS, f64s, fnv1a, fnv1a_of_zeros, i32s, numpy)

hpy_buffers = pytest.mark.hpy_limitation(NO_BUFFER_PROTOCOL)

DATA = b"The quick brown fox jumps over the lazy dog"


# -- buffer: in ----------------------------------------------------------------------

def test_checksum_known_values(demo):
    assert demo.demo_checksum(b"") == 2166136261
    assert demo.demo_checksum(b"a") == 0xE40C292C
    assert demo.demo_checksum(b"foobar") == 0xBF9CF968
    assert demo.demo_checksum(DATA) == fnv1a(DATA)
    assert demo.demo_checksum(data=DATA) == fnv1a(DATA)


def test_buffer_in_accepts_bytes_and_bytearray(demo):
    assert demo.demo_checksum(DATA) == fnv1a(DATA)
    assert demo.demo_checksum(bytearray(DATA)) == fnv1a(DATA)


@hpy_buffers
def test_buffer_in_accepts_memoryview(demo):
    assert demo.demo_checksum(memoryview(DATA)) == fnv1a(DATA)
    assert demo.demo_checksum(memoryview(DATA)[4:9]) == fnv1a(DATA[4:9])  # contiguous slice
    assert demo.demo_checksum(memoryview(bytearray(DATA))) == fnv1a(DATA)


@hpy_buffers
def test_buffer_in_accepts_array(demo):
    assert demo.demo_checksum(array.array("B", DATA)) == fnv1a(DATA)


@hpy_buffers
def test_buffer_in_accepts_numpy(demo):
    np = numpy()
    arr = np.frombuffer(DATA, dtype=np.uint8)
    assert demo.demo_checksum(arr) == fnv1a(DATA)
    grid = np.arange(12, dtype=np.uint8).reshape(3, 4)  # C-contiguous, 2-D
    assert demo.demo_checksum(grid) == fnv1a(bytes(range(12)))


def test_buffer_in_rejects_non_contiguous_memoryview(demo):
    with pytest.raises(NON_CONTIGUOUS_ERRORS):
        demo.demo_checksum(memoryview(DATA)[::2])


def test_buffer_in_rejects_non_contiguous_numpy(demo):  # HPy rejects every numpy array (TypeError): passes too
    np = numpy()
    with pytest.raises(NUMPY_NON_CONTIGUOUS_ERRORS):
        demo.demo_checksum(np.arange(12, dtype=np.uint8)[::2])
    with pytest.raises(NUMPY_NON_CONTIGUOUS_ERRORS):
        demo.demo_checksum(np.asfortranarray(np.arange(12, dtype=np.uint8).reshape(3, 4)))


@pytest.mark.parametrize("bad", ["text", None, 42, 4.2, [1, 2, 3]])
def test_buffer_in_rejects_non_buffers(demo, bad):
    with pytest.raises(TypeError):
        demo.demo_checksum(bad)


def test_zero_length_buffers(demo):
    assert demo.demo_checksum(b"") == 2166136261
    assert demo.demo_checksum(bytearray()) == 2166136261
    assert demo.demo_sum_doubles(b"") == 0.0
    assert demo.demo_sum_i32(b"") == 0
    assert demo.demo_stats(b"") == (0, 0, 0)
    assert demo.demo_repeat(b"", 5) == b""
    assert demo.demo_fill(bytearray(), 0, 0) == 0
    empty = bytearray()
    assert demo.demo_xor_inplace(empty, 1) is None
    assert empty == b""


@hpy_buffers
def test_zero_length_buffer_protocol_objects(demo):
    assert demo.demo_checksum(memoryview(b"")) == 2166136261
    assert demo.demo_checksum(array.array("B")) == 2166136261


def test_length_unit_bytes_passes_the_byte_size(demo):
    assert demo.demo_sum_doubles(f64s(1.0, 2.5, -0.5)) == 3.0
    assert demo.demo_sum_doubles(values=f64s(0.25)) == 0.25


@hpy_buffers
def test_length_unit_bytes_with_typed_buffers(demo):
    assert demo.demo_sum_doubles(array.array("d", [1.0, 2.5, -0.5])) == 3.0
    np = numpy()
    assert demo.demo_sum_doubles(np.array([1.5, 2.0, 4.0], dtype=np.float64)) == 7.5


def test_length_unit_items_passes_the_item_count(demo):
    assert demo.demo_sum_i32(i32s(1, -2, 3)) == 2
    assert demo.demo_sum_i32(i32s(*range(1000))) == 499500
    assert demo.demo_sum_i32(i32s(2 ** 31 - 1, 2 ** 31 - 1)) == 2 ** 32 - 2


@hpy_buffers
def test_length_unit_items_with_typed_buffers(demo):
    ints = array.array("i", [5, -7, 9])
    assert ints.itemsize == 4
    assert demo.demo_sum_i32(ints) == 7
    np = numpy()
    assert demo.demo_sum_i32(np.arange(100, dtype=np.int32)) == 4950


def test_nullable_buffer(demo):
    assert demo.demo_nullable_len(None) == -1
    assert demo.demo_nullable_len(b"abc") == 3
    assert demo.demo_nullable_len(data=None) == -1
    with pytest.raises(TypeError):
        demo.demo_nullable_len("abc")


def test_non_nullable_buffer_rejects_none(demo):
    with pytest.raises(TypeError):
        demo.demo_checksum(None)


def test_buffer_plus_scalar_and_negative_error(demo):
    assert demo.demo_index_of(b"hello", ord("l")) == 2
    assert demo.demo_index_of(b"hello", needle=ord("h")) == 0
    with pytest.raises(demo.DemoIndexError):
        demo.demo_index_of(b"hello", ord("z"))
    with pytest.raises(OverflowError):
        demo.demo_index_of(b"hello", 256)


# -- buffer: out, caller-provided, pointer length --------------------------------------

def test_caller_buffer_returns_produced_length(demo):
    buf = bytearray(8)
    assert demo.demo_fill(buf, 0x41, 3) == 3
    assert buf == b"AAA" + bytes(5)
    exact = bytearray(3)
    assert demo.demo_fill(out=exact, value=0x42, count=3) == 3
    assert exact == b"BBB"


def test_caller_buffer_too_small_raises_with_code(demo):
    buf = bytearray(2)
    with pytest.raises(demo.DemoError) as excinfo:
        demo.demo_fill(buf, 0x41, 3)
    assert excinfo.value.code == demo.DEMO_E_SMALL
    assert "buffer too small" in str(excinfo.value)
    assert buf == bytes(2)


@pytest.mark.parametrize("readonly", [b"\0" * 8, bytes(0)])
def test_out_buffer_rejects_read_only_bytes(demo, readonly):
    with pytest.raises(TypeError):
        demo.demo_fill(readonly, 0x41, 0)


def test_out_buffer_rejects_read_only_memoryview(demo):
    with pytest.raises(TypeError):
        demo.demo_fill(memoryview(bytes(8)), 0x41, 1)


@hpy_buffers
def test_out_buffer_accepts_writable_buffer_objects(demo):
    target = bytearray(6)
    assert demo.demo_fill(memoryview(target)[2:], 0x43, 4) == 4
    assert target == b"\0\0CCCC"
    np = numpy()
    arr = np.zeros(5, dtype=np.uint8)
    assert demo.demo_fill(arr, 7, 5) == 5
    assert arr.tolist() == [7] * 5


def test_out_buffer_rejects_non_contiguous(demo):
    with pytest.raises(NON_CONTIGUOUS_ERRORS):
        demo.demo_fill(memoryview(bytearray(8))[::2], 0x41, 1)


@hpy_buffers
def test_writable_non_contiguous_buffer_is_a_buffer_error(demo):
    # writable but not C-contiguous: BufferError, as for an input buffer, on every target (TypeError says
    # read-only; classic, abi3 and cffi said TypeError, Cython BufferError: found by tests/differential)
    with pytest.raises(BufferError):
        demo.demo_fill(memoryview(bytearray(8))[::2], 0x41, 1)
    with pytest.raises(BufferError):
        demo.demo_xor_inplace(memoryview(bytearray(8))[::2], 1)
    with pytest.raises(TypeError):
        demo.demo_fill(memoryview(b"read-only"), 0x41, 1)


@pytest.mark.parametrize("bad", ["text", None, 7])
def test_out_buffer_rejects_non_buffers(demo, bad):
    with pytest.raises(TypeError):
        demo.demo_fill(bad, 0, 0)


# -- buffer: out + alloc ----------------------------------------------------------------

def test_alloc_buffer_is_returned_trimmed(demo):
    assert demo.demo_repeat_bound(2, 3) == 22  # deliberately larger than needed
    result = demo.demo_repeat(b"ab", 3)
    assert result == b"ababab"
    assert type(result) is bytes
    assert demo.demo_repeat(src=b"xyz", times=2) == b"xyzxyz"
    assert demo.demo_repeat(b"ab", 0) == b""


def test_alloc_buffer_large(demo):
    chunk = bytes(range(256)) * 4
    assert demo.demo_repeat(chunk, 1000) == chunk * 1000


def test_alloc_buffer_error(demo):
    with pytest.raises(demo.DemoError) as excinfo:
        demo.demo_repeat(b"ab", -1)
    assert excinfo.value.code == demo.DEMO_E_INVALID


@hpy_buffers
def test_alloc_buffer_with_buffer_protocol_source(demo):
    assert demo.demo_repeat(memoryview(b"abc")[1:], 2) == b"bcbc"
    assert demo.demo_repeat(array.array("B", b"q"), 3) == b"qqq"


# -- alloc: EXPR over an input buffer (SPEC.md, December additions) ---------------------------

def test_alloc_reads_the_input_buffer(demo):
    # demo_frame_size(src, src_len) reads the frame's header byte: the output is sized from the input itself.
    assert demo.demo_frame_size(b"\x03ab") == 6
    assert demo.demo_unframe(b"\x03ab") == b"ababab"
    assert demo.demo_unframe(src=b"\x02xyz") == b"xyzxyz"
    assert demo.demo_unframe(bytearray(b"\x01q")) == b"q"
    assert demo.demo_unframe(b"\x00abc") == b""
    assert demo.demo_unframe(b"\x05") == b""


def test_alloc_of_an_error_size_raises_memory_error(demo):
    # An empty frame has no header: demo_frame_size returns DEMO_FRAME_ERROR, (size_t)-1, which no buffer can have.
    assert demo.demo_frame_size(b"") == demo.DEMO_FRAME_ERROR == 2**64 - 1
    with pytest.raises(MemoryError) as excinfo:
        demo.demo_unframe(b"")
    assert "demo_unframe(): cannot allocate 18446744073709551615 bytes" in str(excinfo.value)


@hpy_buffers
def test_alloc_reads_an_input_buffer_given_by_the_buffer_protocol(demo):
    assert demo.demo_unframe(memoryview(b"_\x02ab")[1:]) == b"abab"


# -- buffer: out + produced (+ keep) -----------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"a", b"ab", b"abc", b"abcdef", bytes(range(256)) * 10])
def test_produced_trims_result_and_keep_shows_code(demo, data):
    capacity = len(data) // 2 + 1
    produced = min(len(data), capacity)
    expected_code = demo.DEMO_OK if produced == len(data) else demo.DEMO_MORE
    assert demo.demo_copy_produced(data) == (expected_code, data[:produced])


def test_produced_keyword_escaped_parameter(demo):
    assert demo.demo_copy_produced(in_=b"abcdef") == (1, b"abcd")
    with pytest.raises(TypeError):
        demo.demo_copy_produced(**{"in": b"abc"})


# -- buffer: inout ----------------------------------------------------------------------

def test_inout_buffer_is_modified_in_place(demo):
    data = bytearray(b"abc")
    assert demo.demo_xor_inplace(data, 0x20) is None
    assert data == b"ABC"
    demo.demo_xor_inplace(data=data, key=0x20)
    assert data == b"abc"


def test_inout_buffer_rejects_read_only(demo):
    with pytest.raises(TypeError):
        demo.demo_xor_inplace(b"abc", 1)


@hpy_buffers
def test_inout_buffer_accepts_writable_buffer_objects(demo):
    backing = bytearray(b"abcdef")
    demo.demo_xor_inplace(memoryview(backing)[3:], 0x20)
    assert backing == b"abcDEF"
    np = numpy()
    arr = np.array([1, 2, 3], dtype=np.uint8)
    demo.demo_xor_inplace(arr, 0xFF)
    assert arr.tolist() == [254, 253, 252]


# -- zero copy ------------------------------------------------------------------------------

BIG = 100 * 1024 * 1024


@pytest.mark.skipif(not CPYTHON, reason="tracemalloc is CPython-only")
@pytest.mark.parametrize("kind", ["bytes", pytest.param("bytearray", marks=pytest.mark.hpy_limitation(
    "a bytearray is copied in (no buffer API; only bytes have a pointer accessor)"))])
def test_buffer_in_is_passed_without_copying(demo, kind):
    data = bytes(BIG) if kind == "bytes" else bytearray(BIG)
    demo.demo_checksum(b"warm-up")  # any lazy initialisation happens outside the measurement
    tracemalloc.start()
    try:
        result = demo.demo_checksum(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result == fnv1a_of_zeros(BIG)
    assert peak < 1024 * 1024, f"{peak} bytes allocated while hashing {BIG} bytes"


@pytest.mark.skipif(not CPYTHON, reason="tracemalloc is CPython-only")
@hpy_buffers
def test_buffer_in_numpy_is_passed_without_copying(demo):
    np = numpy()
    data = np.zeros(BIG, dtype=np.uint8)
    demo.demo_checksum(b"warm-up")
    tracemalloc.start()
    try:
        result = demo.demo_checksum(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result == fnv1a_of_zeros(BIG)
    assert peak < 1024 * 1024
