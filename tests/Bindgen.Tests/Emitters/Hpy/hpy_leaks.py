"""pytest plugin for tests/run-hpy-behaviour.sh: every test runs inside hpy.debug.LeakDetector, so a
handle the generated module left open (with the module loaded in HPy debug mode) fails that test.

Used as `-p hpy_leaks` with this folder on PYTHONPATH and BINDGEN_HPY_DEBUG=1 (the generated loader
stub then calls hpy.universal.load(..., debug=True))."""
import pytest

# HPy 0.9's debug mode gives each call the next of 16 contexts from one process-wide ring and marks the
# previous one invalid, without regard to threads: when a thread that left Python execution
# (gil: release) overlaps calls made by other threads, its context is invalidated under it and the debug
# context aborts ("Wrong HPy Context"). PyPy's 0.0.4 debug mode has no such rotation.
DEBUG_THREADS_REASON = ("HPy 0.9 debug mode rotates one process-wide ring of contexts per call, not per "
                        "thread: overlapping gil-release calls from threads abort it (plain and trace mode run this)")


def pytest_collection_modifyitems(config, items):
    import hpy.universal
    if not hpy.universal.get_version()[0].startswith("0.9"):
        return
    for item in items:
        if item.get_closest_marker("hpy_debug_threads") is not None:
            item.add_marker(pytest.mark.skip(reason=DEBUG_THREADS_REASON))


@pytest.fixture(autouse=True)
def _hpy_no_leaked_handles():
    from hpy.debug import LeakDetector

    detector = LeakDetector()
    detector.start()
    yield
    detector.stop()  # raises HPyLeakError listing the open handles
