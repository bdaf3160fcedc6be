"""pytest plugin for tests/run-hpy-behaviour.sh: every test runs inside hpy.debug.LeakDetector, so a
handle the generated module left open (with the module loaded in HPy debug mode) fails that test.

Used as `-p hpy_leaks` with this folder on PYTHONPATH and BINDGEN_HPY_DEBUG=1 (the generated loader
stub then calls hpy.universal.load(..., debug=True))."""
import pytest


@pytest.fixture(autouse=True)
def _hpy_no_leaked_handles():
    from hpy.debug import LeakDetector

    detector = LeakDetector()
    detector.start()
    yield
    detector.stop()  # raises HPyLeakError listing the open handles
