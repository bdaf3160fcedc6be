"""Handle lifecycle idioms (issue #16 items 4, 4b, 6, 7): a close() look-alike is never bound behind the
object's back, the destructor runs exactly once, include/exclude bound the methods glob, a constructor with
an extra out parameter is a function returning (object, err), and functions named like struct/enum tags are
bound next to their classes."""

import pytest

from helpers import CounterDelta, LiveObjects, collect


def Destructions(demo):
    """demo_file_close_v2 calls (the destructor) in a block."""
    return CounterDelta(demo.demo_file_destructor_calls, collect_first=True)


def test_close_lookalike_is_neither_a_method_nor_a_function(demo):
    # demo_file_close(f) matches methods "demo_file_*" but frees f: binding it as close() (shadowing the
    # generated one) or as a function would free the object while the Python object stays open.
    assert not hasattr(demo, "demo_file_close")
    assert not hasattr(demo, "close")
    assert callable(demo.DemoFile.read)


def test_close_runs_the_destructor_once_and_the_object_is_unusable_after(demo):
    with LiveObjects(demo) as live, Destructions(demo) as destroyed:
        f = demo.DemoFile(7)
        assert f.read() == 7
        f.close()
        assert destroyed.delta == 1
        with pytest.raises(ValueError):
            f.read()
        f.close()  # no-op
        del f
        assert destroyed.settled_delta() == 1
        assert live.settled_delta() == 0
    assert demo.demo_file_legacy_close_calls() == 0


def test_with_and_gc_run_the_destructor_once_each(demo):
    with Destructions(demo) as destroyed:
        with demo.DemoFile(1) as f:
            assert f.read() == 1
        assert destroyed.delta == 1
        with pytest.raises(ValueError):
            f.read()
        g = demo.DemoFile(2)
        del g
        assert destroyed.settled_delta() == 2


def test_methods_glob_selects_only_included_functions(demo):
    # demo_file_unexported matches "demo_file_*" but is excluded (libdemo does not export it): the module
    # imported, which it could not if the glob had bound it, and neither a method nor a function has it.
    assert not hasattr(demo.DemoFile, "unexported")
    assert not hasattr(demo, "demo_file_unexported")


def test_constructor_with_out_parameter_is_a_function_returning_the_object_and_err(demo):
    with LiveObjects(demo) as live:
        w, err = demo.demo_widget_new(5)
        assert isinstance(w, demo.DemoWidget)
        assert err == 0
        assert w.flags() == 5
        assert live.delta == 1
        w.close()
        assert live.delta == 0
        with pytest.raises(ValueError):
            w.flags()
        none, err = demo.demo_widget_new(-3)
        assert none is None
        assert err == 3
        w2, _ = demo.demo_widget_new(1)
        del w2
        assert live.settled_delta() == 0
    with pytest.raises(TypeError):
        demo.DemoWidget(1)  # no constructor


def test_function_named_like_an_enum_tag_is_bound_beside_the_enum(demo):
    assert issubclass(demo.demo_shade, int)
    assert demo.demo_shade.DARK == 2
    assert demo.demo_shade_(1) is demo.demo_shade.DARK
    assert demo.demo_shade_(dark=0) is demo.demo_shade.LIGHT


def test_function_named_like_a_struct_tag_is_bound_beside_the_struct(demo):
    s = demo.demo_span_(3, 9)
    assert isinstance(s, demo.demo_span)
    assert (s.start, s.stop) == (3, 9)
    assert demo.demo_span(start=1, stop=2).stop == 2
    collect()
