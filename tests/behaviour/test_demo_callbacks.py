"""Callbacks with user_data: scope call and forever, exceptions raised inside callbacks,
const char* callback parameters, lifetime of the callable."""

import functools
import weakref

import pytest

from helpers import collect, i32s


class Recorder:
    """A callable object that can be weak-referenced, to observe its lifetime."""

    def __init__(self, result=0):
        self.calls = []
        self.result = result

    def __call__(self, *args):
        self.calls.append(args)
        return self.result


# -- scope: call -------------------------------------------------------------------------

def test_scope_call_visits_every_item(demo):
    seen = []

    def visit(item):
        seen.append(item)
        return 0

    assert demo.demo_foreach(i32s(1, 2, 3), visit) == 3
    assert seen == [1, 2, 3]
    assert all(type(item) is int for item in seen)


def test_scope_call_return_value_reaches_c(demo):
    seen = []

    def stop_at_two(item):
        seen.append(item)
        return 1 if item == 2 else 0

    assert demo.demo_foreach(items=i32s(1, 2, 3, 4), fn=stop_at_two) == 2
    assert seen == [1, 2]


def test_scope_call_with_no_items_never_calls(demo):
    recorder = Recorder()
    assert demo.demo_foreach(b"", recorder) == 0
    assert recorder.calls == []


def test_scope_call_negative_items(demo):
    recorder = Recorder()
    demo.demo_foreach(i32s(-2 ** 31, 2 ** 31 - 1), recorder)
    assert recorder.calls == [(-2 ** 31,), (2 ** 31 - 1,)]


@pytest.mark.parametrize("make", [
    lambda rec: rec,
    lambda rec: (lambda item: rec(item)),
    lambda rec: functools.partial(rec),
    lambda rec: rec.__call__,
], ids=["object", "lambda", "partial", "bound-method"])
def test_any_callable_is_accepted(demo, make):
    recorder = Recorder()
    assert demo.demo_foreach(i32s(7, 8), make(recorder)) == 2
    assert recorder.calls == [(7,), (8,)]


def test_scope_call_does_not_keep_the_callable(demo):
    recorder = Recorder()
    ref = weakref.ref(recorder)
    demo.demo_foreach(i32s(1, 2), recorder)
    del recorder
    collect()
    assert ref() is None


class Boom(Exception):
    pass


def test_exception_in_callback_is_re_raised(demo):
    def explode(item):
        raise Boom(f"item {item}")

    with pytest.raises(Boom) as excinfo:
        demo.demo_foreach(i32s(5, 6), explode)
    assert excinfo.value.args[0].startswith("item 5")


def test_builtin_exception_type_is_preserved(demo):
    def explode(item):
        raise KeyError(item)

    with pytest.raises(KeyError):
        demo.demo_foreach(i32s(1), explode)
    assert demo.demo_foreach(i32s(1, 2), lambda item: 0) == 2  # nothing left pending


def test_exception_in_a_later_call_is_re_raised(demo):
    def explode_on_three(item):
        if item == 3:
            raise Boom("three")
        return 0

    with pytest.raises(Boom):
        demo.demo_foreach(i32s(1, 2, 3), explode_on_three)


def test_callback_must_be_callable(demo):
    with pytest.raises(TypeError):
        demo.demo_foreach(i32s(1), 5)
    with pytest.raises(TypeError):
        demo.demo_foreach(i32s(1), None)  # not nullable


def test_callback_with_const_char_parameter(demo):
    recorder = Recorder(result=None)
    assert demo.demo_busy_sum_progress(100, recorder) == 4950
    assert recorder.calls == [("start", 0), ("half", 50), ("done", 100)]
    assert all(type(stage) is str for stage, _ in recorder.calls)


def test_exception_in_callback_while_gil_released(demo):
    def explode(stage, done):
        if stage == "half":
            raise Boom(stage)

    with pytest.raises(Boom):
        demo.demo_busy_sum_progress(10, explode)


# -- scope: forever ------------------------------------------------------------------------

def test_scope_forever_outlives_the_python_reference(demo):
    events = []

    def on_event(value):
        events.append(value)

    counter = demo.DemoCounter(5)
    assert counter.set_callback(on_event) is None
    del on_event
    collect()
    counter.add()
    counter.add(2)
    assert events == [6, 8]
    counter.close()


def test_scope_forever_callable_object_kept_then_released(demo):
    recorder = Recorder(result=None)
    ref = weakref.ref(recorder)
    counter = demo.DemoCounter(0)
    counter.set_callback(recorder)
    del recorder
    collect()
    assert ref() is not None  # kept alive by the handle
    counter.add(3)
    assert ref().calls == [(3,)]
    del counter
    collect()
    assert ref() is None  # released with the handle


def test_scope_forever_replace_and_clear(demo):
    first, second = Recorder(result=None), Recorder(result=None)
    counter = demo.DemoCounter(0)
    counter.set_callback(first)
    counter.add()
    counter.set_callback(second)
    counter.add()
    counter.set_callback(None)  # nullable: passes NULL
    counter.add()
    assert first.calls == [(1,)]
    assert second.calls == [(2,)]
    assert counter.value() == 3
    counter.close()


def test_replaced_forever_callback_is_not_leaked(demo):
    first = Recorder(result=None)
    ref = weakref.ref(first)
    counter = demo.DemoCounter(0)
    counter.set_callback(first)
    counter.set_callback(Recorder(result=None))
    del first
    collect()
    counter.add()
    counter.close()
    del counter
    collect()
    assert ref() is None


def test_exception_in_forever_callback_is_re_raised(demo):
    def explode(value):
        raise Boom(value)

    counter = demo.DemoCounter(0)
    counter.set_callback(explode)
    with pytest.raises(Boom):
        counter.add()
    assert counter.value() == 1  # C had already changed the value
    counter.set_callback(None)
    counter.add()
    assert counter.value() == 2
    counter.close()


def test_forever_callbacks_of_two_handles_are_independent(demo):
    a_events, b_events = [], []
    a, b = demo.DemoCounter(0), demo.DemoCounter(100)
    a.set_callback(a_events.append)
    b.set_callback(b_events.append)
    a.add()
    b.add()
    a.add()
    assert a_events == [1, 2]
    assert b_events == [101]
    a.close()
    b.close()
