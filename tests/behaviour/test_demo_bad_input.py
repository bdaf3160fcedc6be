"""Wrong arguments raise TypeError (ValueError for bad values, OverflowError for range)
before C is called, and leave nothing behind."""

import pytest

from helpers import LiveObjects, i32s


@pytest.mark.parametrize("call", [
    lambda d: d.demo_checksum(),
    lambda d: d.demo_checksum(b"a", b"b"),
    lambda d: d.demo_checksum(b"a", len=1),      # length parameters are hidden
    lambda d: d.demo_checksum(nope=b"a"),
    lambda d: d.demo_divmod(1),
    lambda d: d.demo_divmod(1, 2, 3),
    lambda d: d.demo_echo_i32(),
    lambda d: d.demo_echo_i32(1, value=1),
    lambda d: d.demo_repeat(b"ab", 2, dest_len=4),
    lambda d: d.demo_copy_produced(b"ab", out_pos=0),
    lambda d: d.demo_foreach(i32s(1), lambda item: 0, None),  # user_data is hidden
    lambda d: d.demo_version(1),
    lambda d: d.demo_version(value=1),
], ids=[
    "missing", "too-many", "hidden-length", "unknown-keyword", "divmod-missing",
    "divmod-too-many", "echo-missing", "duplicate-argument", "hidden-alloc-length",
    "hidden-produced", "hidden-user-data", "no-arguments", "no-arguments-keyword",
])
def test_signature_errors(demo, call):
    with pytest.raises(TypeError):
        call(demo)


@pytest.mark.parametrize("call", [
    lambda d: d.demo_checksum(None),
    lambda d: d.demo_strlen_utf8(None),
    lambda d: d.demo_bytes_len(None),
    lambda d: d.demo_fill(None, 0, 0),
    lambda d: d.demo_xor_inplace(None, 0),
    lambda d: d.demo_foreach(i32s(1), None),
    lambda d: d.demo_point_add(None, None),
    lambda d: d.demo_shape_area(None),
    lambda d: d.demo_counters_total(None, None),
    lambda d: d.demo_echo_double(None),
    lambda d: d.demo_next_color(None),
], ids=[
    "buffer-in", "utf8", "bytes", "buffer-out", "buffer-inout", "callback", "struct-value",
    "struct-pointer", "handle", "double", "enum",
])
def test_none_where_not_nullable(demo, call):
    with pytest.raises(TypeError):
        call(demo)


@pytest.mark.parametrize("call", [
    lambda d: d.demo_checksum("str is not a buffer"),
    lambda d: d.demo_strlen_utf8(b"bytes are not str"),
    lambda d: d.demo_bytes_len("str is not bytes"),
    lambda d: d.demo_fill(b"read-only", 0, 0),
    lambda d: d.demo_echo_i64(1.0),
    lambda d: d.demo_echo_u8("1"),
    lambda d: d.demo_foreach(i32s(1), "not callable"),
    lambda d: d.demo_next_color("RED"),
    lambda d: d.DemoCounter("1"),
    lambda d: d.ByteBuffer(4.0),
], ids=[
    "str-as-buffer", "bytes-as-utf8", "str-as-bytes", "readonly-out", "float-as-int",
    "str-as-int", "not-callable", "str-as-enum", "str-as-ctor-int", "float-as-size",
])
def test_wrong_types(demo, call):
    with pytest.raises(TypeError):
        call(demo)


@pytest.mark.parametrize("call", [
    lambda d: d.demo_strlen_utf8("nul\0inside"),
    lambda d: d.demo_bytes_len(b"nul\0inside"),
    lambda d: d.demo_greet("nul\0inside"),
    lambda d: d.demo_parse_int("1\x000"),
    lambda d: d.demo_open_mode("r\0"),
], ids=["utf8", "bytes", "nullable-utf8", "parse", "errno-function"])
def test_embedded_nul_is_value_error(demo, call):
    with pytest.raises(ValueError):
        call(demo)


@pytest.mark.parametrize("call", [
    lambda d: d.demo_fill(bytearray(1), 256, 1),
    lambda d: d.demo_fill(bytearray(1), -1, 1),
    lambda d: d.demo_fill(bytearray(1), 0, -1),
    lambda d: d.demo_repeat(b"a", 2 ** 31),
    lambda d: d.DemoCounter(2 ** 31),
    lambda d: d.ByteBuffer(-1),
    lambda d: d.demo_busy_sum(-1),
    lambda d: d.demo_point(x=2 ** 31, y=0),
], ids=["u8-high", "u8-low", "size_t-negative", "int-high", "ctor-int", "ctor-size_t",
        "u64-negative", "struct-field"])
def test_out_of_range_is_overflow_error(demo, call):
    with pytest.raises(OverflowError):
        call(demo)


def test_failed_argument_conversion_leaks_nothing(demo):
    with LiveObjects(demo) as live:
        for _ in range(100):
            with pytest.raises(OverflowError):
                demo.DemoCounter(2 ** 40)
            with pytest.raises(TypeError):
                demo.ByteBuffer("4")
        assert live.settled_delta() == 0
