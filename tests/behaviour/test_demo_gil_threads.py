"""gil: release - functions run concurrently from several threads, with correct results,
including callbacks into Python from inside a call that released the GIL."""

from helpers import THREADS, fnv1a, run_in_threads


def triangle(n):
    return n * (n - 1) // 2


def test_busy_sum_single_thread(demo):
    assert demo.demo_busy_sum(0) == 0
    assert demo.demo_busy_sum(1) == 0
    assert demo.demo_busy_sum(10) == 45
    assert demo.demo_busy_sum(n=2000) == triangle(2000)


def test_busy_sum_from_many_threads(demo):
    results = run_in_threads(lambda i: demo.demo_busy_sum(1000 * (i + 1)))
    assert results == [triangle(1000 * (i + 1)) for i in range(THREADS)]


def test_calls_really_run_concurrently(demo):
    # Each call blocks in C until all THREADS callers are inside demo_rendezvous at once:
    # only possible when every call released the GIL. On timeout a call returns 0.
    results = run_in_threads(lambda i: demo.demo_rendezvous(THREADS, 5000))
    assert results == [1] * THREADS


def test_rendezvous_times_out_alone(demo):
    assert demo.demo_rendezvous(1, 0) == 1
    assert demo.demo_rendezvous(2, 20) == 0


def test_checksum_from_many_threads(demo):
    data = bytes(range(256)) * 4096
    expected = fnv1a(data[:4096])
    whole = demo.demo_checksum(data)
    results = run_in_threads(lambda i: (demo.demo_checksum(data), demo.demo_checksum(data[:4096])))
    assert results == [(whole, expected)] * THREADS


def test_callbacks_from_released_calls_in_many_threads(demo):
    def work(i):
        calls = []
        n = 200 * (i + 1)
        result = demo.demo_busy_sum_progress(n, lambda stage, done: calls.append((stage, done)))
        return result, calls, n

    for result, calls, n in run_in_threads(work):
        assert result == triangle(n)
        assert calls == [("start", 0), ("half", n // 2), ("done", n)]


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
