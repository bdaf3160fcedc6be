"""Struct value classes: fields, nested struct, bitfields, array field, readonly field,
passing by value and by pointer, out struct."""

import pytest


def point(demo, x, y):
    return demo.demo_point(x=x, y=y)


def test_struct_class_named_by_typedef(demo):
    assert isinstance(demo.demo_point, type)
    assert isinstance(demo.demo_shape, type)


def test_fields_by_name(demo):
    p = point(demo, 1, 2)
    assert (p.x, p.y) == (1, 2)
    p.y = -5
    assert p.y == -5
    assert type(p.x) is int


def test_field_range_and_type_checks(demo):
    p = point(demo, 0, 0)
    with pytest.raises(OverflowError):
        p.x = 2 ** 31
    with pytest.raises(OverflowError):
        p.y = -2 ** 31 - 1
    with pytest.raises(TypeError):
        p.x = "1"
    assert (p.x, p.y) == (0, 0)


def test_struct_by_value_in_and_out(demo):
    result = demo.demo_point_add(point(demo, 1, 2), point(demo, 10, -20))
    assert isinstance(result, demo.demo_point)
    assert (result.x, result.y) == (11, -18)
    result = demo.demo_point_add(a=point(demo, -1, -1), b=point(demo, 1, 1))
    assert (result.x, result.y) == (0, 0)


def test_out_struct_fills_every_field(demo):
    s = demo.demo_shape_init(3, 4)
    assert isinstance(s, demo.demo_shape)
    assert isinstance(s.origin, demo.demo_point)
    assert (s.origin.x, s.origin.y) == (0, 0)
    assert (s.size.x, s.size.y) == (3, 4)
    assert s.flags == 0
    assert s.visible == 1
    assert bytes(s.tag) == b"demo"
    assert s.scale == 1.0
    assert s.magic == demo.DEMO_SHAPE_MAGIC


def test_struct_by_pointer(demo):
    s = demo.demo_shape_init(3, 4)
    assert demo.demo_shape_area(s) == 12.0
    s.scale = 2.5
    assert demo.demo_shape_area(s) == 30.0
    assert demo.demo_shape_area(shape=s) == 30.0


def test_nested_struct_field(demo):
    s = demo.demo_shape_init(1, 1)
    s.size = point(demo, 2, 5)
    assert (s.size.x, s.size.y) == (2, 5)
    assert demo.demo_shape_area(s) == 10.0
    s.origin = point(demo, 7, -1)
    assert (s.origin.x, s.origin.y) == (7, -1)
    with pytest.raises(TypeError):
        s.origin = (7, -1)


def test_bitfields_set_and_get(demo):
    s = demo.demo_shape_init(1, 1)
    for value in range(8):
        s.flags = value
        assert s.flags == value
        assert s.visible == 1  # the neighbouring bitfield is untouched
    s.visible = 0
    assert s.visible == 0
    assert s.flags == 7


@pytest.mark.parametrize("field,bad", [("flags", 8), ("flags", -1), ("visible", 2), ("visible", -1)])
def test_bitfields_are_range_checked(demo, field, bad):
    s = demo.demo_shape_init(1, 1)
    before = getattr(s, field)
    with pytest.raises((OverflowError, ValueError)):
        setattr(s, field, bad)
    assert getattr(s, field) == before


def test_array_field(demo):
    s = demo.demo_shape_init(1, 1)
    assert len(s.tag) == 4
    assert list(s.tag) == list(b"demo")
    s.tag = b"wxyz"
    assert bytes(s.tag) == b"wxyz"
    with pytest.raises((ValueError, TypeError)):
        s.tag = b"too long"


def test_readonly_field(demo):
    s = demo.demo_shape_init(1, 1)
    with pytest.raises(AttributeError):
        s.magic = 1
    assert s.magic == demo.DEMO_SHAPE_MAGIC


def test_struct_round_trip_by_value_keeps_every_field(demo):
    s = demo.demo_shape_init(3, 4)
    s.flags = 5
    s.visible = 0
    s.tag = b"\x01\x02\x03\xff"
    s.scale = -0.5
    moved = demo.demo_shape_translate(s, 2, -3)
    assert isinstance(moved, demo.demo_shape)
    assert (moved.origin.x, moved.origin.y) == (2, -3)
    assert (moved.size.x, moved.size.y) == (3, 4)
    assert (moved.flags, moved.visible) == (5, 0)
    assert bytes(moved.tag) == b"\x01\x02\x03\xff"
    assert moved.scale == -0.5
    assert moved.magic == demo.DEMO_SHAPE_MAGIC
    assert (s.origin.x, s.origin.y) == (0, 0)  # passed by value: the argument is unchanged


def test_struct_parameters_reject_wrong_types(demo):
    p = point(demo, 1, 1)
    s = demo.demo_shape_init(1, 1)
    for bad in (None, 1, (1, 1), {"x": 1, "y": 1}):
        with pytest.raises(TypeError):
            demo.demo_point_add(p, bad)
        with pytest.raises(TypeError):
            demo.demo_shape_area(bad)
    with pytest.raises(TypeError):
        demo.demo_point_add(p, s)
    with pytest.raises(TypeError):
        demo.demo_shape_area(p)


def test_typedef_anonymous_struct_is_a_value_class(demo):
    # typedef struct { int width; int height; demo_tool_t tool; } demo_box_t; keyed by the typedef name
    box = demo.demo_box_make(3, 4, demo.demo_tool_t.DRILL)
    assert isinstance(box, demo.demo_box_t)
    assert (box.width, box.height) == (3, 4)
    assert box.tool is demo.demo_tool_t.DRILL
    assert demo.demo_box_area(demo.demo_box_t(width=5, height=6)) == 30
