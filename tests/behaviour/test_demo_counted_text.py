"""`string: utf8 | bytes` + `length:` on a const char / uint8_t input: the length is hidden, embedded NUL allowed."""

import pytest

from helpers import NO_BUFFER_PROTOCOL

hpy_buffers = pytest.mark.hpy_limitation(NO_BUFFER_PROTOCOL)


@pytest.mark.parametrize("text,c,count", [
    ("", ord("a"), 0), ("banana", ord("a"), 3), ("a\0b\0c", 0, 2), ("\0", 0, 1),
    ("h\u00e9llo", 0xC3, 1), ("\u20ac\u20ac", 0xE2, 2), ("\U0001F600", 0xF0, 1),
])
def test_utf8_text_is_passed_with_its_byte_length(demo, text, c, count):
    assert demo.demo_text_count(text, c) == count
    assert demo.demo_text_count(text=text, c=c) == count


def test_utf8_text_length_is_the_encoded_length(demo):
    # Every byte of the UTF-8 encoding is seen by C, and nothing after it.
    text = "x\u00e9\0" * 100
    assert demo.demo_text_count(text, ord("x")) == 100
    assert demo.demo_text_count(text, 0) == 100
    assert demo.demo_text_count(text, 0xA9) == 100


def test_utf8_text_length_is_not_a_parameter(demo):
    with pytest.raises(TypeError):
        demo.demo_text_count("abc", 3, ord("a"))
    with pytest.raises(TypeError):
        demo.demo_text_count("abc", ord("a"), len=3)


@pytest.mark.parametrize("bad", [b"abc", bytearray(b"abc"), None, 5, ["a"]])
def test_utf8_text_rejects_non_str(demo, bad):
    with pytest.raises(TypeError):
        demo.demo_text_count(bad, ord("a"))


def test_utf8_text_rejects_unencodable_text(demo):
    with pytest.raises(ValueError):  # UnicodeEncodeError is a ValueError
        demo.demo_text_count("\ud800", 0)


@pytest.mark.parametrize("data,weight", [
    (b"", 0), (b"\x01\x02\xff", 3258), (b"a\0b", 3195), (bytes(range(256)), 256000 + 32640),
])
def test_bytes_text_is_passed_with_its_length(demo, data, weight):
    assert demo.demo_bytes_weigh(data) == weight
    assert demo.demo_bytes_weigh(data=data) == weight


def test_bytes_text_takes_a_bytearray(demo):
    assert demo.demo_bytes_weigh(bytearray(b"\x01\x02\xff")) == 3258


@hpy_buffers
def test_bytes_text_takes_any_bytes_like_object(demo):
    import array
    assert demo.demo_bytes_weigh(memoryview(b"\x00\x01\x02\x03")[1:3]) == 2003
    assert demo.demo_bytes_weigh(array.array("B", [1, 2, 255])) == 3258


@pytest.mark.parametrize("bad", ["text", None, 7])
def test_bytes_text_rejects_non_bytes(demo, bad):
    with pytest.raises(TypeError):
        demo.demo_bytes_weigh(bad)
