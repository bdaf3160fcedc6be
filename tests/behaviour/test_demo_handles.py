"""Handles: constructors (pointer return and TYPE** + status), destructor exactly once
(close, with, GC), methods, handle returns, handle parameters, transfer: full."""

import pytest

from helpers import LiveObjects

COUNTER_METHODS = ["value", "add", "set_limit", "errmsg", "clone", "set_callback", "equal"]
BUFFER_METHODS = ["write", "size", "capacity", "contents", "adopt_counter"]


def test_classes_are_named_by_spec(demo):
    assert isinstance(demo.DemoCounter, type)  # CamelCase of demo_counter
    assert isinstance(demo.ByteBuffer, type)   # class: ByteBuffer


@pytest.mark.parametrize("method", COUNTER_METHODS)
def test_counter_methods_have_prefix_stripped_and_are_not_module_functions(demo, method):
    assert callable(getattr(demo.DemoCounter, method))
    assert not hasattr(demo, "demo_counter_" + method)


@pytest.mark.parametrize("method", BUFFER_METHODS)
def test_buffer_methods_use_default_method_prefix(demo, method):
    assert callable(getattr(demo.ByteBuffer, method))
    assert not hasattr(demo, "demo_buffer_" + method)


def test_constructor_returning_pointer(demo):
    with LiveObjects(demo) as live:
        counter = demo.DemoCounter(5)
        assert isinstance(counter, demo.DemoCounter)
        assert counter.value() == 5
        assert live.delta == 1
        assert demo.DemoCounter().value() == 0  # start defaults to 0
        assert demo.DemoCounter(start=-3).value() == -3
        counter.close()
        assert live.settled_delta() == 0


def test_methods_with_defaults_and_void_results(demo):
    counter = demo.DemoCounter(1)
    assert counter.add() is None  # status hidden, nothing else to return
    assert counter.value() == 2
    counter.add(by=5)
    assert counter.value() == 7
    assert counter.set_limit(100) is None
    counter.close()


def test_context_manager_runs_destructor_once(demo):
    with LiveObjects(demo) as live:
        with demo.DemoCounter(3) as counter:
            assert isinstance(counter, demo.DemoCounter)
            assert counter.value() == 3
            assert live.delta == 1
        assert live.delta == 0
        with pytest.raises(ValueError):
            counter.value()
        counter.close()  # already closed: no-op
        del counter
        assert live.settled_delta() == 0


def test_context_manager_closes_on_exception(demo):
    with LiveObjects(demo) as live:
        with pytest.raises(KeyError):
            with demo.DemoCounter(3):
                raise KeyError("inside")
        assert live.delta == 0


def test_close_is_idempotent(demo):
    with LiveObjects(demo) as live:
        counter = demo.DemoCounter(1)
        other = demo.DemoCounter(2)
        counter.close()
        assert live.delta == 1
        counter.close()
        counter.close()
        assert live.delta == 1  # the destructor ran exactly once
        other.close()
        assert live.delta == 0
        del counter, other
        assert live.settled_delta() == 0


def test_use_after_close_raises_value_error(demo):
    counter = demo.DemoCounter(1)
    other = demo.DemoCounter(1)
    counter.close()
    with pytest.raises(ValueError):
        counter.value()
    with pytest.raises(ValueError):
        counter.add(1)
    with pytest.raises(ValueError):
        counter.clone()
    with pytest.raises(ValueError):
        other.equal(counter)  # a closed handle as an argument is never passed to C
    with pytest.raises(ValueError):
        demo.demo_counters_total(other, counter)
    other.close()


def test_garbage_collection_runs_the_destructor(demo):
    with LiveObjects(demo) as live:
        counter = demo.DemoCounter(1)
        assert live.delta == 1
        del counter
        assert live.settled_delta() == 0


def test_many_handles_do_not_leak(demo):
    with LiveObjects(demo) as live:
        for i in range(2000):
            counter = demo.DemoCounter(i)
            if i % 2:
                counter.close()
        del counter
        assert live.settled_delta() == 0


def test_closed_then_collected_handle_is_not_destroyed_twice(demo):
    with LiveObjects(demo) as live:
        keep = demo.DemoCounter(0)
        for _ in range(100):
            demo.DemoCounter(1).close()
        assert live.settled_delta() == 1
        keep.close()
        assert live.delta == 0


def test_handle_return_is_a_new_owned_object(demo):
    with LiveObjects(demo) as live:
        counter = demo.DemoCounter(4)
        copy = counter.clone()
        assert type(copy) is demo.DemoCounter
        assert copy is not counter
        assert live.delta == 2
        assert copy.value() == 4
        copy.add(1)
        assert (counter.value(), copy.value()) == (4, 5)
        assert counter.equal(copy) == 0
        counter.add(1)
        assert counter.equal(copy) == 1
        counter.close()
        assert copy.value() == 5  # independent of the original
        del copy
        assert live.settled_delta() == 0


def test_module_function_returning_handle(demo):
    with LiveObjects(demo) as live:
        counter = demo.demo_parse_counter("12")
        assert type(counter) is demo.DemoCounter
        assert counter.value() == 12
        assert live.delta == 1
        with pytest.raises(demo.ParseError):
            demo.demo_parse_counter("x")
        assert live.delta == 1
        del counter
        assert live.settled_delta() == 0


def test_handles_as_parameters_of_module_function(demo):
    a, b = demo.DemoCounter(2), demo.DemoCounter(40)
    assert demo.demo_counters_total(a, b) == 42
    assert demo.demo_counters_total(a=b, b=b) == 80
    a.close()
    b.close()


def test_constructor_with_out_param_and_status(demo):
    with LiveObjects(demo) as live:
        buf = demo.ByteBuffer(16)
        assert isinstance(buf, demo.ByteBuffer)
        assert live.delta == 1
        assert buf.capacity() == 16
        assert buf.size() == 0
        assert buf.contents() == b""
        assert buf.write(b"abc") is None
        assert buf.size() == 3
        assert buf.contents() == b"abc"
        buf.write(data=bytearray(b"de"))
        assert buf.contents() == b"abcde"
        buf.close()
        assert live.delta == 0


def test_constructor_failure_without_handle(demo):
    with LiveObjects(demo) as live:
        with pytest.raises(demo.DemoError) as excinfo:
            demo.ByteBuffer(demo.DEMO_BUFFER_MAX + 1)
        assert excinfo.value.code == demo.DEMO_E_RANGE
        assert live.settled_delta() == 0


def test_constructor_failure_after_producing_handle_runs_destructor(demo):
    with LiveObjects(demo) as live:
        with pytest.raises(demo.DemoError) as excinfo:
            demo.ByteBuffer(0)  # C stores a buffer in *out and returns DEMO_E_INVALID
        assert excinfo.value.code == demo.DEMO_E_INVALID
        assert "invalid argument" in str(excinfo.value)
        assert live.settled_delta() == 0


def test_method_error_and_alloc_from_method_expression(demo):
    buf = demo.ByteBuffer(4)
    buf.write(b"abc")
    with pytest.raises(demo.DemoError) as excinfo:
        buf.write(b"de")
    assert excinfo.value.code == demo.DEMO_E_FULL
    assert buf.contents() == b"abc"  # alloc: demo_buffer_size(b) bytes
    buf.close()
    with pytest.raises(ValueError):
        buf.contents()
    with pytest.raises(ValueError):
        buf.write(b"x")


def test_transfer_full_moves_ownership_to_c(demo):
    with LiveObjects(demo) as live:
        buf = demo.ByteBuffer(4)
        counter = demo.DemoCounter(1)
        assert live.delta == 2
        buf.adopt_counter(counter)
        assert live.delta == 2
        with pytest.raises(ValueError):  # no longer ours: never passed to C again
            counter.value()
        counter.close()                  # must not destroy what C owns now
        del counter
        assert live.settled_delta() == 2
        buf.close()                      # destroys the buffer and the adopted counter
        assert live.delta == 0


def test_handle_parameters_reject_wrong_types(demo):
    counter = demo.DemoCounter(1)
    buf = demo.ByteBuffer(4)
    for bad in (None, 1, "counter", buf):
        with pytest.raises(TypeError):
            demo.demo_counters_total(counter, bad)
        with pytest.raises(TypeError):
            counter.equal(bad)
    with pytest.raises(TypeError):
        buf.adopt_counter(buf)
    counter.close()
    buf.close()


def test_opaque_struct_exposes_no_fields(demo):
    assert not hasattr(demo, "demo_buffer")
    buf = demo.ByteBuffer(4)
    for field in ("data", "adopted"):
        assert not hasattr(buf, field)
    buf.close()
