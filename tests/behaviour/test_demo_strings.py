"""char* parameters and returns: utf8 vs bytes, nullable, borrowed vs owned (freed exactly once)."""

import pytest

from helpers import FreeCount


def test_borrowed_string_return(demo):
    with FreeCount(demo) as frees:
        version = demo.demo_version()
        assert version == "1.2.3"
        assert type(version) is str
        assert demo.demo_version() == version
    assert frees.delta == 0  # borrowed: copied, never freed
    assert version == demo.DEMO_VERSION


@pytest.mark.parametrize("text,length", [
    ("", 0), ("abc", 3), ("h\u00e9llo", 6), ("\u20ac", 3), ("\U0001F600", 4),
])
def test_utf8_parameter_is_encoded(demo, text, length):
    assert demo.demo_strlen_utf8(text) == length
    assert demo.demo_strlen_utf8(s=text) == length


def test_utf8_parameter_rejects_embedded_nul(demo):
    with pytest.raises(ValueError):
        demo.demo_strlen_utf8("a\0b")


def test_utf8_parameter_rejects_unencodable_text(demo):
    with pytest.raises(ValueError):  # UnicodeEncodeError is a ValueError
        demo.demo_strlen_utf8("\ud800")


@pytest.mark.parametrize("bad", [b"abc", None, 5, ["a"]])
def test_utf8_parameter_rejects_non_str(demo, bad):
    with pytest.raises(TypeError):
        demo.demo_strlen_utf8(bad)


@pytest.mark.parametrize("data", [b"", b"abc", b"ab\xff\xfe", "h\u00e9".encode()])
def test_bytes_parameter(demo, data):
    assert demo.demo_bytes_len(data) == len(data)


def test_bytes_parameter_rejects_embedded_nul(demo):
    with pytest.raises(ValueError):
        demo.demo_bytes_len(b"a\0b")


@pytest.mark.parametrize("bad", ["abc", None, 5])
def test_bytes_parameter_rejects_non_bytes(demo, bad):
    with pytest.raises(TypeError):
        demo.demo_bytes_len(bad)


def test_bytes_return(demo):
    raw = demo.demo_raw_bytes()
    assert raw == b"d\xe9mo\xff"
    assert type(raw) is bytes


def test_owned_string_return_is_freed_exactly_once(demo):
    with FreeCount(demo) as frees:
        assert demo.demo_greet("Zo\u00eb") == "Hello, Zo\u00eb!"
        assert frees.delta == 1
        for i in range(20):
            assert demo.demo_greet(name=str(i)) == f"Hello, {i}!"
    assert frees.delta == 21


def test_nullable_string_parameter_with_null_default(demo):
    with FreeCount(demo) as frees:
        assert demo.demo_greet() == "Hello, world!"
        assert demo.demo_greet(None) == "Hello, world!"
        assert demo.demo_greet(name=None) == "Hello, world!"
        assert demo.demo_greet("") == "Hello, !"
    assert frees.delta == 4


def test_nullable_string_still_rejects_wrong_types(demo):
    with pytest.raises(TypeError):
        demo.demo_greet(b"bytes")
    with pytest.raises(TypeError):
        demo.demo_greet(42)
    with pytest.raises(ValueError):
        demo.demo_greet("a\0b")


def test_owned_out_string_is_returned_and_freed_once(demo):
    with FreeCount(demo) as frees:
        assert demo.demo_describe(42) == "42 is even"
        assert demo.demo_describe(value=7) == "7 is odd"
    assert frees.delta == 2


def test_owned_out_string_not_freed_when_call_fails(demo):
    with FreeCount(demo) as frees:
        with pytest.raises(demo.DemoError) as excinfo:
            demo.demo_describe(-1)
    assert excinfo.value.code == demo.DEMO_E_RANGE
    assert frees.delta == 0  # C left *text NULL: nothing to free


def test_null_returning_string_function(demo):
    assert demo.demo_weekday_name(0) == "Monday"
    assert demo.demo_weekday_name(6) == "Sunday"
    with pytest.raises(demo.NotFoundError):
        demo.demo_weekday_name(7)
