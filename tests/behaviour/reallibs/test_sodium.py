"""libsodium (examples/sodium): fixed-size outputs sized by a library function, checked against hashlib."""

import hashlib

import pytest


def test_version(sodium):
    assert sodium.sodium_version_string().count(".") == 2


@pytest.mark.parametrize("data", [b"", b"abc", bytes(range(256)) * 1000])
def test_sha256_matches_hashlib(sodium, data):
    digest = sodium.crypto_hash_sha256(data)
    assert type(digest) is bytes and len(digest) == sodium.crypto_hash_sha256_bytes() == 32
    assert digest == hashlib.sha256(data).digest()


def test_sha256_accepts_bytearray(sodium):
    assert sodium.crypto_hash_sha256(bytearray(b"xyz")) == hashlib.sha256(b"xyz").digest()


@pytest.mark.hpy_limitation("no API to consume arbitrary buffer-protocol objects")
def test_sha256_accepts_memoryview(sodium):
    assert sodium.crypto_hash_sha256(memoryview(b"0123456789")[2:]) == hashlib.sha256(b"23456789").digest()


def test_generichash_is_blake2b(sodium):
    for size in (sodium.crypto_generichash_bytes_min(), sodium.crypto_generichash_bytes(), 64):
        out = bytearray(size)
        sodium.crypto_generichash(out, b"message", None)
        assert bytes(out) == hashlib.blake2b(b"message", digest_size=size).digest()
    out = bytearray(32)
    sodium.crypto_generichash(out, b"message", b"k" * 32)
    assert bytes(out) == hashlib.blake2b(b"message", digest_size=32, key=b"k" * 32).digest()


def test_generichash_bad_size_raises(sodium):
    with pytest.raises(sodium.SodiumError) as excinfo:
        sodium.crypto_generichash(bytearray(1000), b"message", None)  # larger than crypto_generichash_BYTES_MAX
    assert excinfo.value.code == -1


def test_randombytes_fill_the_whole_buffer(sodium):
    bufs = []
    for _ in range(2):
        buf = bytearray(64)
        assert sodium.randombytes_buf(buf) is None
        bufs.append(bytes(buf))
    assert bufs[0] != bufs[1] and bufs[0] != bytes(64)
    assert all(0 <= sodium.randombytes_uniform(10) < 10 for _ in range(100))


def test_secretbox_round_trip_and_forgery(sodium):
    key = b"k" * sodium.crypto_secretbox_keybytes()
    nonce = b"n" * sodium.crypto_secretbox_noncebytes()
    box = sodium.crypto_secretbox_easy(b"attack at dawn", nonce, key)
    assert len(box) == len(b"attack at dawn") + sodium.crypto_secretbox_macbytes()
    assert sodium.crypto_secretbox_open_easy(box, nonce, key) == b"attack at dawn"
    forged = bytes([box[0] ^ 1]) + box[1:]
    with pytest.raises(sodium.SodiumError) as excinfo:
        sodium.crypto_secretbox_open_easy(forged, nonce, key)
    assert excinfo.value.code == -1


def test_memcmp(sodium):
    assert sodium.sodium_memcmp(b"same", b"same") == 0
    assert sodium.sodium_memcmp(b"same", b"diff") == -1


@pytest.mark.parametrize("bad", [None, "text", 42])
def test_bad_input_is_type_error(sodium, bad):
    with pytest.raises(TypeError):
        sodium.crypto_hash_sha256(bad)
    with pytest.raises(TypeError):
        sodium.randombytes_buf(bad)
