"""Result shape: C return value, then out/inout parameters in declaration order;
one value bare, several a tuple, none None."""

import pytest

from helpers import i32s


def test_two_out_params_form_a_tuple_and_hide_the_status(demo):
    assert demo.demo_divmod(7, 2) == (3, 1)
    assert demo.demo_divmod(-7, 2) == (-3, -1)  # C truncates toward zero
    assert demo.demo_divmod(7, -2) == (-3, 1)
    assert demo.demo_divmod(a=9, b=3) == (3, 0)
    assert type(demo.demo_divmod(7, 2)) is tuple


def test_out_params_with_error(demo):
    with pytest.raises(demo.DemoError) as excinfo:
        demo.demo_divmod(1, 0)
    assert excinfo.value.code == demo.DEMO_E_DIVZERO
    with pytest.raises(demo.DemoError) as excinfo:
        demo.demo_divmod(-2 ** 31, -1)
    assert excinfo.value.code == demo.DEMO_E_RANGE


def test_out_params_are_not_parameters(demo):
    with pytest.raises(TypeError):
        demo.demo_divmod(7, 2, 0, 0)
    with pytest.raises(TypeError):
        demo.demo_divmod(7, 2, quot=0)


def test_single_out_param_is_returned_bare(demo):
    result = demo.demo_parse_int("42")
    assert result == 42
    assert type(result) is int
    assert demo.demo_parse_int(text="-5") == -5


def test_fixed_parameter_between_visible_ones(demo):
    assert demo.demo_parse_int("010") == 10  # base is fixed to 10, not auto-detected
    with pytest.raises(demo.DemoError) as excinfo:
        demo.demo_parse_int("0x10")
    assert excinfo.value.code == demo.DEMO_E_INVALID
    with pytest.raises(TypeError):
        demo.demo_parse_int("10", 16)


def test_single_out_param_error(demo):
    with pytest.raises(demo.DemoError) as excinfo:
        demo.demo_parse_int("99999999999")
    assert excinfo.value.code == demo.DEMO_E_RANGE


def test_return_value_then_out_params_in_declaration_order(demo):
    assert demo.demo_stats(i32s(3, -1, 7)) == (3, -1, 7)  # (count, min, max)
    assert demo.demo_stats(values=i32s(5)) == (1, 5, 5)


def test_inout_scalar_is_taken_and_returned(demo):
    assert demo.demo_increment(5, 3) == 8
    assert demo.demo_increment(-1) == 0
    assert demo.demo_increment(2 ** 31 - 1, 1) == -2 ** 31  # C wraps; the result still fits


def test_inout_scalar_is_range_checked(demo):
    with pytest.raises(OverflowError):
        demo.demo_increment(2 ** 31, 0)
    with pytest.raises(TypeError):
        demo.demo_increment(None)


def test_void_without_out_params_returns_none(demo):
    assert demo.demo_xor_inplace(bytearray(b"x"), 1) is None


def test_out_struct_is_returned(demo):
    shape = demo.demo_shape_init(3, 4)
    assert isinstance(shape, demo.demo_shape)
    assert (shape.size.x, shape.size.y) == (3, 4)
