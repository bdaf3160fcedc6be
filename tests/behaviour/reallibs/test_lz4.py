"""lz4 (examples/lz4): a size-or-zero compressor and an int-or-negative decompressor."""

import pytest

SIZES = [0, 1, 100, 65536, 1_000_000]


def data_of(size):
    return (b"lz4 block " * (size // 10 + 1))[:size // 2] + bytes(i * 7 % 251 for i in range(size - size // 2))


def test_version(lz4):
    assert lz4.LZ4_versionNumber() == lz4.LZ4_VERSION_NUMBER
    assert lz4.LZ4_versionString() == "%d.%d.%d" % (lz4.LZ4_VERSION_MAJOR, lz4.LZ4_VERSION_MINOR,
                                                  lz4.LZ4_VERSION_RELEASE)


@pytest.mark.parametrize("size", SIZES)
def test_round_trip(lz4, size):
    data = data_of(size)
    n, block = lz4.LZ4_compress_default(data)  # the spec cannot say "the return value is the produced size"
    assert len(block) == lz4.LZ4_compressBound(size) and 0 < n <= len(block)
    out = bytearray(size)
    assert lz4.LZ4_decompress_safe(block[:n], out) == size
    assert out == data


def test_bound(lz4):
    assert lz4.LZ4_compressBound(0) == 16
    assert lz4.LZ4_compressBound(1000) == 1000 + 1000 // 255 + 16
    assert lz4.LZ4_compressBound(lz4.LZ4_MAX_INPUT_SIZE + 1) == 0


def test_garbage_is_an_error(lz4):
    with pytest.raises(lz4.LZ4Error) as excinfo:
        lz4.LZ4_decompress_safe(b"\xff" * 64, bytearray(100))
    assert excinfo.value.code < 0


def test_output_too_small_is_an_error(lz4):
    n, block = lz4.LZ4_compress_default(b"x" * 1000)
    with pytest.raises(lz4.LZ4Error):
        lz4.LZ4_decompress_safe(block[:n], bytearray(999))


@pytest.mark.parametrize("bad", [None, "text", 3.5])
def test_bad_input_is_type_error(lz4, bad):
    with pytest.raises(TypeError):
        lz4.LZ4_compress_default(bad)
    with pytest.raises(TypeError):
        lz4.LZ4_decompress_safe(bad, bytearray(10))


def test_read_only_destination_is_refused(lz4):
    with pytest.raises((TypeError, BufferError, ValueError)):
        lz4.LZ4_decompress_safe(b"\x10x", b"immutable")
