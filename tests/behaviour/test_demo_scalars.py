"""Integer widths, floats, bool; defaults, fixed values, keyword-escaped and unnamed parameters."""

import ctypes
import math
import struct

import pytest


def _signed(bits):
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


def _unsigned(bits):
    return 0, (1 << bits) - 1


def _bits(ctype):
    return 8 * ctypes.sizeof(ctype)


INTEGER_ECHOES = [
    ("demo_echo_i8", *_signed(8)),
    ("demo_echo_u8", *_unsigned(8)),
    ("demo_echo_i16", *_signed(16)),
    ("demo_echo_u16", *_unsigned(16)),
    ("demo_echo_i32", *_signed(32)),
    ("demo_echo_u32", *_unsigned(32)),
    ("demo_echo_i64", *_signed(64)),
    ("demo_echo_u64", *_unsigned(64)),
    ("demo_echo_int", *_signed(_bits(ctypes.c_int))),
    ("demo_echo_long", *_signed(_bits(ctypes.c_long))),
    ("demo_echo_size", *_unsigned(_bits(ctypes.c_size_t))),
]
INTEGER_IDS = [name[len("demo_echo_"):] for name, _, _ in INTEGER_ECHOES]


@pytest.mark.parametrize("name,lo,hi", INTEGER_ECHOES, ids=INTEGER_IDS)
def test_integer_full_range_round_trips(demo, name, lo, hi):
    echo = getattr(demo, name)
    for value in (lo, lo + 1, 0, 1, hi // 3, hi - 1, hi):
        result = echo(value)
        assert result == value
        assert type(result) is int


@pytest.mark.parametrize("name,lo,hi", INTEGER_ECHOES, ids=INTEGER_IDS)
def test_integer_one_past_range_is_overflow_error(demo, name, lo, hi):
    echo = getattr(demo, name)
    with pytest.raises(OverflowError):
        echo(hi + 1)
    with pytest.raises(OverflowError):
        echo(lo - 1)
    with pytest.raises(OverflowError):
        echo(1 << 200)
    with pytest.raises(OverflowError):
        echo(-(1 << 200))


@pytest.mark.parametrize("bad", ["1", 1.0, 1.5, None, b"1", [1], object()])
def test_integer_parameter_rejects_non_integers(demo, bad):
    with pytest.raises(TypeError):
        demo.demo_echo_i32(bad)


def test_integer_parameter_accepts_int_subclasses(demo):
    class MyInt(int):
        pass

    assert demo.demo_echo_i32(MyInt(7)) == 7
    assert demo.demo_echo_u8(True) == 1


def test_double_round_trips_exactly(demo):
    for value in (0.0, 0.1, -2.5, 1e300, -1e-300, 2.0 ** 1023, math.inf, -math.inf):
        result = demo.demo_echo_double(value)
        assert result == value
        assert type(result) is float
    assert math.isnan(demo.demo_echo_double(math.nan))


def test_float_rounds_to_single_precision(demo):
    single = struct.unpack("f", struct.pack("f", 0.1))[0]
    assert demo.demo_echo_float(0.1) == single
    assert demo.demo_echo_float(0.1) != 0.1
    assert demo.demo_echo_float(1.5) == 1.5
    assert type(demo.demo_echo_float(1.5)) is float


def test_float_parameters_accept_ints(demo):
    assert demo.demo_echo_double(3) == 3.0
    assert type(demo.demo_echo_double(3)) is float
    assert demo.demo_echo_float(-2) == -2.0


@pytest.mark.parametrize("bad", ["1.0", None, b"1", [1.0]])
def test_float_parameter_rejects_non_numbers(demo, bad):
    with pytest.raises(TypeError):
        demo.demo_echo_double(bad)
    with pytest.raises(TypeError):
        demo.demo_echo_float(bad)


def test_bool_round_trip(demo):
    assert demo.demo_not(True) is False
    assert demo.demo_not(False) is True


def test_unnamed_parameter_is_p1_with_default(demo):
    assert demo.demo_square() == 9
    assert demo.demo_square(4) == 16
    assert demo.demo_square(p1=5) == 25


def test_keyword_named_parameter_gets_trailing_underscore(demo):
    assert demo.demo_scale(3.0) == 3.0  # lambda defaults to 1.0
    assert demo.demo_scale(3.0, 2.0) == 6.0
    assert demo.demo_scale(3.0, lambda_=2.5) == 7.5
    assert demo.demo_scale(value=2.0, lambda_=4.0) == 8.0
    with pytest.raises(TypeError):
        demo.demo_scale(1.0, **{"lambda": 2.0})


def test_fixed_parameter_is_hidden(demo):
    assert demo.demo_add(2, 3) == 5
    assert demo.demo_add(a=-4, b=1) == -3
    assert demo.demo_add(2 ** 31 - 1, 2 ** 31 - 1) == 2 ** 32 - 2
    with pytest.raises(TypeError):
        demo.demo_add(1, 2, None)
    with pytest.raises(TypeError):
        demo.demo_add(1, 2, reserved=None)


def test_default_on_inout_call(demo):
    assert demo.demo_increment(5) == 6
    assert demo.demo_increment(5, 3) == 8
    assert demo.demo_increment(counter=1, by=-2) == -1


def test_python_int_enum_style_returns_plain_int(demo):
    assert demo.demo_level_for(10) == 1
    assert demo.demo_level_for(50) == 5
    result = demo.demo_level_for(99)
    assert result == 10
    assert type(result) is int
