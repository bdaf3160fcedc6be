"""A handle whose destructor is `static inline` in the header (demo_ref_release, the idiom of refcounting
libraries): compiled targets call it from their own C, C# and cffi ABI mode through the shim library
(libdemo_shim.so). On every target the destructor runs exactly once, from close() or from garbage collection."""

import pytest

from helpers import CounterDelta


def alive(demo):
    return CounterDelta(demo.demo_refs_alive, collect_first=True)


def test_close_releases_once_and_the_object_is_unusable(demo):
    with alive(demo) as live:
        r = demo.DemoRef(21)
        assert live.delta == 1
        assert r.value() == 21
        assert r.doubled() == 42   # a static inline method
        r.close()
        assert live.delta == 0
        r.close()                  # idempotent: released once
        assert live.delta == 0
        with pytest.raises(ValueError):
            r.value()


def test_context_manager_releases(demo):
    with alive(demo) as live:
        with demo.DemoRef(3) as r:
            assert r.value() == 3
            assert live.delta == 1
        assert live.delta == 0


def test_garbage_collection_releases(demo):
    with alive(demo) as live:
        for i in range(200):
            assert demo.DemoRef(i).value() == i
        assert live.settled_delta() == 0
