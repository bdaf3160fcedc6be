"""liblzma (examples/lzma): out buffers whose produced size is a separate `size_t *out_pos`."""

import lzma

import pytest


@pytest.mark.parametrize("size", [0, 1, 1000, 300_000])
def test_encode_is_xz_for_the_stdlib(lzmamod, size):
    data = (b"xz stream " * (size // 10 + 1))[:size]
    packed = lzmamod.lzma_easy_buffer_encode(data)
    assert type(packed) is bytes and len(packed) <= lzmamod.lzma_stream_buffer_bound(size)
    assert lzma.decompress(packed) == data


def test_decode_of_stdlib_output(lzmamod):
    data = b"hello xz " * 1000
    packed = lzma.compress(data, preset=1)
    out = bytearray(len(data) + 5)
    memlimit, in_pos, produced = lzmamod.lzma_stream_buffer_decode(1 << 30, packed, 0, out)
    assert (in_pos, produced) == (len(packed), len(data)) and out[:produced] == data


def test_garbage_raises(lzmamod):
    with pytest.raises(lzmamod.LzmaError) as excinfo:
        lzmamod.lzma_stream_buffer_decode(1 << 30, b"not xz at all", 0, bytearray(100))
    assert excinfo.value.code == 7  # LZMA_FORMAT_ERROR


def test_crc(lzmamod):
    import zlib
    assert lzmamod.lzma_crc32(b"123456789") == zlib.crc32(b"123456789") == 0xCBF43926
    assert lzmamod.lzma_crc64(b"123456789") == 0x995DC9BBDF1939FA
    assert lzmamod.lzma_version_string().startswith("5.")


@pytest.mark.parametrize("bad", [None, "text", 1])
def test_bad_input_is_type_error(lzmamod, bad):
    with pytest.raises(TypeError):
        lzmamod.lzma_easy_buffer_encode(bad)
