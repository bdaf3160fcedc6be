"""Global variables as read-only module attributes; a static inline function and a function-like macro
(macros_as_functions) called through the compiled targets' own C code."""

import pytest


def test_char_array_global_is_a_str(demo):
    assert demo.demo_version_text == "1.2.3"


def test_char_pointer_global_is_a_str(demo):
    assert demo.demo_library_name == "demo"


def test_enum_and_double_globals(demo):
    assert demo.demo_default_color is demo.demo_color.GREEN
    assert demo.demo_default_ratio == 2.5
    assert isinstance(demo.demo_default_ratio, float)


def test_each_read_gives_the_current_value(demo):
    before = demo.demo_call_count
    assert demo.demo_count_call() == before + 1
    assert demo.demo_call_count == before + 1
    demo.demo_count_call()
    assert demo.demo_call_count == before + 2


def test_from_import_and_getattr(demo):
    assert getattr(demo, "demo_library_name") == "demo"
    ns = {}
    exec(f"from {demo.__name__} import demo_version_text", ns)
    assert ns["demo_version_text"] == "1.2.3"


def test_unknown_attribute_still_raises(demo):
    with pytest.raises(AttributeError):
        demo.demo_no_such_global  # noqa: B018
    assert not hasattr(demo, "demo_no_such_global")


def test_static_inline_function(demo):
    assert demo.demo_inline_square_plus_one(7) == 50
    assert demo.demo_inline_square_plus_one(a=-3) == 10


def test_function_like_macro(demo):
    assert demo.DEMO_CLAMP(5, 0, 10) == 5
    assert demo.DEMO_CLAMP(-5, 0, 10) == 0
    assert demo.DEMO_CLAMP(v=50, lo=0, hi=10) == 10


def test_forwarding_macro_is_inferred(demo):
    # demo_add_pair(a, b) is demo_add((a), (b), NULL): typed from demo_add, no annotation needed.
    assert demo.demo_add_pair(2, 3) == 5
    assert demo.demo_add_pair(a=-7, b=3) == -4
