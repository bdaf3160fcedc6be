"""The binding of the real zlib (examples/zlib/bindings.yaml, module zlibbind),
checked against Python's standard-library zlib."""

import random
import zlib

import pytest

from helpers import THREADS, run_in_threads

SIZES = [0, 1, 2, 100, 4095, 4096, 65535, 65536, 1_000_000, 10 * 1024 * 1024]


def sample(size, seed=1234):
    """Half random bytes, half repetitive text: exercises both stored and compressed blocks."""
    rng = random.Random(seed + size)
    half = size // 2
    text = (b"bindgen zlib behaviour suite " * (half // 29 + 1))[:half]
    n = size - half
    noise = (rng.getrandbits(8 * n) if n else 0).to_bytes(n, "little")  # Random.randbytes is 3.9+
    return noise + text


@pytest.mark.parametrize("size", SIZES)
def test_compress2_uncompress_round_trip(zlibmod, size):
    data = sample(size)
    compressed = zlibmod.compress2(data, 6)
    assert type(compressed) is bytes
    assert len(compressed) <= zlibmod.compressBound(size)
    assert zlib.decompress(compressed) == data
    out = bytearray(size)
    assert zlibmod.uncompress(out, compressed) == size  # produced length
    assert out == data


@pytest.mark.parametrize("size", [0, 1, 1000, 100_000])
def test_uncompress_of_stdlib_output(zlibmod, size):
    data = sample(size, seed=7)
    out = bytearray(size + 10)  # larger than needed: the produced length says how much
    assert zlibmod.uncompress(dest=out, source=zlib.compress(data, 9)) == size
    assert out[:size] == data


@pytest.mark.parametrize("level", [0, 1, 9, -1])
def test_compress_levels(zlibmod, level):
    data = sample(50_000)
    assert zlib.decompress(zlibmod.compress2(data, level)) == data
    assert zlib.decompress(zlibmod.compress2(source=data, level=level)) == data


def test_compress2_default_level_and_compress(zlibmod):
    data = sample(20_000)
    assert zlib.decompress(zlibmod.compress2(data)) == data
    assert zlib.decompress(zlibmod.compress(data)) == data
    assert zlibmod.compress(data) == zlibmod.compress2(data, zlibmod.Z_DEFAULT_COMPRESSION)


def test_compress_accepts_bytearray(zlibmod):
    data = sample(3000)
    assert zlib.decompress(zlibmod.compress2(bytearray(data), 6)) == data


@pytest.mark.hpy_limitation("no API to consume arbitrary buffer-protocol objects")
def test_compress_accepts_memoryview(zlibmod):
    data = sample(3000)
    assert zlib.decompress(zlibmod.compress2(memoryview(data)[10:], 6)) == data[10:]


def test_compress2_invalid_level_is_stream_error(zlibmod):
    with pytest.raises(zlibmod.ZlibError) as excinfo:
        zlibmod.compress2(b"data", 42)
    assert excinfo.value.code == zlibmod.Z_STREAM_ERROR == -2
    assert zlibmod.zError(-2) in str(excinfo.value)


def test_compress_bound(zlibmod):
    for n in (0, 1, 1000, 10 ** 6):
        bound = zlibmod.compressBound(n)
        assert type(bound) is int
        assert bound >= n
    assert zlibmod.compressBound(sourceLen=100) == zlibmod.compressBound(100)


@pytest.mark.parametrize("size", [0, 1, 7, 1000, 1 << 20])
def test_crc32_matches_stdlib(zlibmod, size):
    data = sample(size, seed=99)
    assert zlibmod.crc32(buf=data) == zlib.crc32(data)
    assert zlibmod.crc32(crc=0, buf=data) == zlib.crc32(data)


@pytest.mark.parametrize("size", [0, 1, 7, 1000, 1 << 20])
def test_adler32_matches_stdlib(zlibmod, size):
    data = sample(size, seed=98)
    assert zlibmod.adler32(buf=data) == zlib.adler32(data)
    assert zlibmod.adler32(adler=1, buf=data) == zlib.adler32(data)


def test_running_checksums(zlibmod):
    data = sample(100_000, seed=5)
    crc = adler = None
    for start in range(0, len(data), 7919):
        chunk = data[start:start + 7919]
        crc = zlibmod.crc32(buf=chunk) if crc is None else zlibmod.crc32(buf=chunk, crc=crc)
        adler = zlibmod.adler32(buf=chunk) if adler is None else zlibmod.adler32(buf=chunk, adler=adler)
    assert crc == zlib.crc32(data)
    assert adler == zlib.adler32(data)
    assert zlibmod.crc32(buf=b"world", crc=zlib.crc32(b"hello ")) == zlib.crc32(b"hello world")


def test_zlib_version(zlibmod):
    version = zlibmod.zlibVersion()
    assert type(version) is str
    runtime = getattr(zlib, "ZLIB_RUNTIME_VERSION", None)
    if runtime is None:
        pytest.skip("this Python's zlib has no ZLIB_RUNTIME_VERSION")
    assert version == runtime


@pytest.mark.parametrize("name,value", [
    ("Z_OK", 0), ("Z_STREAM_END", 1), ("Z_NEED_DICT", 2), ("Z_ERRNO", -1),
    ("Z_STREAM_ERROR", -2), ("Z_DATA_ERROR", -3), ("Z_MEM_ERROR", -4), ("Z_BUF_ERROR", -5),
    ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9),
    ("Z_DEFAULT_COMPRESSION", -1), ("Z_DEFLATED", 8), ("Z_FINISH", 4), ("Z_TEXT", 1),
    ("Z_ASCII", 1),  # defined as Z_TEXT
])
def test_constants(zlibmod, name, value):
    assert getattr(zlibmod, name) == value
    if hasattr(zlib, name):
        assert getattr(zlibmod, name) == getattr(zlib, name)


def test_version_constants(zlibmod):
    assert type(zlibmod.ZLIB_VERSION) is str
    assert zlibmod.ZLIB_VERSION.startswith(f"{zlibmod.ZLIB_VER_MAJOR}.{zlibmod.ZLIB_VER_MINOR}")
    assert type(zlibmod.ZLIB_VERNUM) is int


def test_error_class(zlibmod):
    assert issubclass(zlibmod.ZlibError, RuntimeError)
    assert zlibmod.ZlibError.__name__ == "ZlibError"


def test_uncompress_garbage_is_data_error(zlibmod):
    with pytest.raises(zlibmod.ZlibError) as excinfo:
        zlibmod.uncompress(bytearray(100), b"this is not a zlib stream")
    exc = excinfo.value
    assert exc.code == zlibmod.Z_DATA_ERROR == -3
    assert zlibmod.zError(-3) == "data error"
    assert "data error" in str(exc)


def test_uncompress_into_too_small_buffer_is_buf_error(zlibmod):
    compressed = zlibmod.compress2(b"x" * 1000, 6)
    with pytest.raises(zlibmod.ZlibError) as excinfo:
        zlibmod.uncompress(bytearray(10), compressed)
    assert excinfo.value.code == zlibmod.Z_BUF_ERROR == -5
    assert zlibmod.zError(-5) in str(excinfo.value)


def test_uncompress_rejects_read_only_dest(zlibmod):
    with pytest.raises(TypeError):
        zlibmod.uncompress(bytes(100), zlib.compress(b"abc"))


def test_wrong_argument_types(zlibmod):
    with pytest.raises(TypeError):
        zlibmod.compress2("text", 6)
    with pytest.raises(TypeError):
        zlibmod.crc32(buf=None)
    with pytest.raises(TypeError):
        zlibmod.compress2(b"abc", 6, destLen=10)


def test_only_included_declarations_are_bound(zlibmod):
    for name in ("deflate", "inflate", "deflateInit_", "gzopen", "crc32_combine", "z_stream",
                 "uncompress2", "zlib_version"):
        assert not hasattr(zlibmod, name), name


def test_concurrent_compression(zlibmod):
    data = [sample(200_000, seed=i) for i in range(THREADS)]

    def work(i):
        compressed = zlibmod.compress2(data[i], 6)
        out = bytearray(len(data[i]))
        zlibmod.uncompress(out, compressed)
        return bytes(out) == data[i], zlibmod.crc32(buf=data[i]) == zlib.crc32(data[i])

    assert run_in_threads(work) == [(True, True)] * THREADS
