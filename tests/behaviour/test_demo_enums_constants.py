"""Enums (IntEnum / IntFlag with strip_prefix and class) and macros as constants."""

import enum

import pytest


def test_int_enum_with_stripped_members(demo):
    color = demo.demo_color  # class defaults to the C name
    assert issubclass(color, enum.IntEnum)
    assert {m.name: m.value for m in color} == {"RED": 0, "GREEN": 1, "BLUE": 2}
    assert not hasattr(color, "DEMO_COLOR_RED")


def test_enum_return_is_a_member(demo):
    color = demo.demo_color
    result = demo.demo_next_color(color.RED)
    assert result is color.GREEN
    assert isinstance(result, color)
    assert demo.demo_next_color(color=color.BLUE) is color.RED


def test_enum_parameter_accepts_plain_int(demo):
    assert demo.demo_next_color(1) is demo.demo_color.BLUE


def test_int_flag_with_class_name(demo):
    perm = demo.Perm
    assert issubclass(perm, enum.IntFlag)
    assert (perm.NONE, perm.READ, perm.WRITE, perm.EXEC) == (0, 1, 2, 4)
    assert not hasattr(demo, "demo_perm")


def test_int_flag_round_trip(demo):
    perm = demo.Perm
    result = demo.demo_perm_toggle(perm.READ | perm.WRITE, perm.WRITE | perm.EXEC)
    assert isinstance(result, perm)
    assert result == perm.READ | perm.EXEC
    assert demo.demo_perm_toggle(perm.READ, perm.READ) == perm.NONE


@pytest.mark.parametrize("name,value", [
    ("DEMO_VERSION", "1.2.3"),
    ("DEMO_VERSION_MAJOR", 1),
    ("DEMO_MAGIC", 0xC0FFEE),
    ("DEMO_BASE", 16),
    ("DEMO_MAX", 64),
    ("DEMO_RATIO", 2.5),
    ("DEMO_MIN_OFFSET", -42),
    ("DEMO_BUFFER_MAX", 65536),
    ("DEMO_SHAPE_MAGIC", 0x5348),
    ("DEMO_OK", 0),
    ("DEMO_MORE", 1),
    ("DEMO_E_INVALID", -1),
    ("DEMO_E_SMALL", -2),
    ("DEMO_E_DIVZERO", -3),
    ("DEMO_E_RANGE", -4),
    ("DEMO_E_FULL", -5),
    ("DEMO_E_LIMIT", -6),
    ("DEMO_E_NOMEM", -7),
])
def test_macro_constants(demo, name, value):
    constant = getattr(demo, name)
    assert constant == value
    assert type(constant) is type(value)


@pytest.mark.parametrize("name", ["DEMO_ARRAY_LEN", "LIBDEMO_H"])
def test_function_like_and_unmatched_macros_are_not_constants(demo, name):
    assert not hasattr(demo, name)


def test_typedef_anonymous_enum_is_an_enum_class(demo):
    # typedef enum { DEMO_TOOL_HAMMER, ... } demo_tool_t; keyed by the typedef name in the spec
    tool = demo.demo_tool_t
    assert tool.SAW == 4 and tool.DRILL == 5
    assert demo.demo_tool_next(tool.HAMMER) is tool.SAW
    assert demo.demo_tool_next(tool.DRILL) is tool.HAMMER
