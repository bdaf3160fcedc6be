"""gil: release - functions run concurrently from several threads, with correct results,
including callbacks into Python from inside a call that released the GIL."""

import threading

import pytest

from helpers import THREADS, fnv1a, i32s, run_in_threads


def triangle(n):
    return n * (n - 1) // 2


def test_busy_sum_single_thread(demo):
    assert demo.demo_busy_sum(0) == 0
    assert demo.demo_busy_sum(1) == 0
    assert demo.demo_busy_sum(10) == 45
    assert demo.demo_busy_sum(n=2000) == triangle(2000)


@pytest.mark.hpy_debug_threads
def test_busy_sum_from_many_threads(demo):
    results = run_in_threads(lambda i: demo.demo_busy_sum(1000 * (i + 1)))
    assert results == [triangle(1000 * (i + 1)) for i in range(THREADS)]


@pytest.mark.hpy_debug_threads
def test_calls_really_run_concurrently(demo):
    # Each call blocks in C until all THREADS callers are inside demo_rendezvous at once:
    # only possible when every call released the GIL. On timeout a call returns 0.
    results = run_in_threads(lambda i: demo.demo_rendezvous(THREADS, 5000))
    assert results == [1] * THREADS


def test_rendezvous_times_out_alone(demo):
    assert demo.demo_rendezvous(1, 0) == 1
    assert demo.demo_rendezvous(2, 20) == 0


@pytest.mark.hpy_debug_threads
def test_checksum_from_many_threads(demo):
    data = bytes(range(256)) * 4096
    expected = fnv1a(data[:4096])
    whole = demo.demo_checksum(data)
    results = run_in_threads(lambda i: (demo.demo_checksum(data), demo.demo_checksum(data[:4096])))
    assert results == [(whole, expected)] * THREADS


@pytest.mark.hpy_debug_threads
def test_callbacks_from_released_calls_in_many_threads(demo):
    def work(i):
        calls = []
        n = 200 * (i + 1)
        result = demo.demo_busy_sum_progress(n, lambda stage, done: calls.append((stage, done)))
        return result, calls, n

    for result, calls, n in run_in_threads(work):
        assert result == triangle(n)
        assert calls == [("start", 0), ("half", n // 2), ("done", n)]


@pytest.mark.hpy_debug_threads
def test_forever_callbacks_from_many_threads(demo):
    def work(i):
        events = []
        with demo.DemoCounter(i * 1000) as counter:
            counter.set_callback(events.append)
            for _ in range(50):
                counter.add()
        return events

    for i, events in enumerate(run_in_threads(work)):
        assert events == list(range(i * 1000 + 1, i * 1000 + 51))


@pytest.mark.hpy_debug_threads
def test_forever_callback_error_is_raised_by_the_call_that_fired_it_on_another_thread(demo):
    # registered on this thread, fired by a call made on another Python thread: that call raises
    class Boom(Exception):
        pass

    def explode(value):
        raise Boom(value)

    counter = demo.DemoCounter(0)
    counter.set_callback(explode)
    outcome = []

    def fire():
        try:
            counter.add()
            outcome.append("returned")
        except Boom:
            outcome.append("raised")

    t = threading.Thread(target=fire)
    t.start()
    t.join()
    assert outcome == ["raised"]
    counter.set_callback(None)
    counter.add()  # nothing left pending for this thread either
    assert counter.value() == 2
    counter.close()


# -- callbacks from threads C created (pthread_create inside demo_foreach_threaded) -----------
# HPy 0.0.4 cannot attach a foreign thread (no PyGILState_Ensure): the call raises RuntimeError instead.

c_threads = pytest.mark.hpy_limitation("no API to enter Python from a thread created in C")


@c_threads
def test_callbacks_from_c_threads(demo):
    seen = []

    def visit(item):
        seen.append((item, threading.get_ident()))
        return item * 10

    items = list(range(1, THREADS + 1))
    assert demo.demo_foreach_threaded(i32s(*items), visit) == 10 * sum(items)
    assert sorted(item for item, _ in seen) == items
    caller = threading.get_ident()
    assert all(ident != caller for _, ident in seen)  # each ran on a thread Python never started


@c_threads
def test_callbacks_from_c_threads_call_back_into_the_module(demo):
    def visit(item):
        return demo.demo_echo_i32(item) + demo.demo_checksum(b"") - 2166136261

    assert demo.demo_foreach_threaded(i32s(*range(THREADS)), visit) == sum(range(THREADS))


@c_threads
def test_callbacks_from_c_threads_while_python_threads_run(demo):
    def work(i):
        return demo.demo_foreach_threaded(i32s(i, i + 1, i + 2), lambda item: item)

    assert run_in_threads(work) == [3 * i + 3 for i in range(THREADS)]


@c_threads
def test_exception_in_a_c_thread_callback_is_re_raised(demo):
    class Boom(Exception):
        pass

    def explode(item):
        if item == 2:
            raise Boom(item)
        return 0

    with pytest.raises(Boom):
        demo.demo_foreach_threaded(i32s(1, 2, 3), explode)
    assert demo.demo_foreach_threaded(i32s(1, 2, 3), lambda item: item) == 6  # nothing left pending


@c_threads
def test_bad_return_value_in_a_c_thread_callback_is_re_raised(demo):
    # the callable itself succeeds; converting what it returned for C fails on the C thread
    with pytest.raises(TypeError):
        demo.demo_foreach_threaded(i32s(1, 2, 3), lambda item: "not an int" if item == 2 else 0)
    assert demo.demo_foreach_threaded(i32s(1, 2, 3), lambda item: item) == 6  # nothing left pending


def test_too_many_c_threads_is_reported_by_c(demo):
    assert demo.demo_foreach_threaded(i32s(*range(demo.DEMO_THREADS_MAX + 1)), lambda item: 0) == -1


def test_hpy_refuses_callbacks_from_c_threads_cleanly(demo, pytestconfig):
    if pytestconfig.bindgen_target != "hpy":
        pytest.skip("HPy 0.0.4 only")
    with pytest.raises(RuntimeError, match="thread created in C"):
        demo.demo_foreach_threaded(i32s(1, 2), lambda item: item)
    assert demo.demo_foreach(i32s(1, 2), lambda item: 0) == 2  # nothing left pending
