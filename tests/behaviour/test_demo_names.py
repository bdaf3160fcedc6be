"""What the module exports: renames, skip, exclude, varargs, defines, docstrings."""

import pytest


def test_renamed_function(demo):
    assert demo.triple(3) == 9
    assert demo.triple(x=-2) == -6
    assert not hasattr(demo, "demo_legacy_triple")


def test_doc_key_overrides_header_comment(demo):
    assert "Return three times x." in demo.triple.__doc__


def test_header_comment_is_the_docstring(demo):
    assert "FNV-1a" in demo.demo_checksum.__doc__
    assert "Returns the library version" in demo.demo_version.__doc__


@pytest.mark.parametrize("name", [
    "demo_free",                # skip: true
    "demo_log",                 # variadic: skipped with a warning
    "demo_internal_selfcheck",  # exclude: ["demo_internal_*"]
])
def test_not_exported(demo, name):
    assert not hasattr(demo, name)


def test_defines_reach_the_parser(demo):
    assert demo.demo_extra_answer() == 42


def test_functions_keep_their_c_names(demo):
    for name in ("demo_checksum", "demo_version", "demo_counters_total", "demo_point_add"):
        assert callable(getattr(demo, name))


def test_bookkeeping_functions(demo):
    assert type(demo.demo_live_objects()) is int
    assert type(demo.demo_free_count()) is int
