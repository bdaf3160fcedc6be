"""Stand-in for tracemalloc on PyPy, whose tracemalloc.py fails to import (no _tracemalloc).

tests/behaviour/test_demo_buffers.py imports tracemalloc at module level; its tracemalloc tests are
skipped on PyPy anyway. run-hpy-behaviour.sh puts this folder on PYTHONPATH so the module imports."""


def _unavailable(*args, **kwargs):
    raise RuntimeError("tracemalloc is not available on PyPy")


start = stop = reset_peak = get_traced_memory = take_snapshot = _unavailable


def is_tracing():
    return False
