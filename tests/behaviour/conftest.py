"""Loading of the generated module under test, shared by every behaviour test.

Settings (a command-line option wins over the environment variable):

  --bindgen-target / BINDGEN_TARGET            classic | abi3 | hpy | cffi | cython | package
                                               (package: the installed `bindgen package` project;
                                               per-backend markers follow its __backend__)
  --bindgen-module-path / BINDGEN_MODULE_PATH  directories (os.pathsep-separated)
                                               prepended to sys.path
  BINDGEN_PRELOAD                              shared libraries (os.pathsep-separated)
                                               loaded with RTLD_GLOBAL first, e.g. the
                                               freshly built libdemo.so
  BINDGEN_ALLOW_MISSING=1                      skip (instead of fail) the tests of a
                                               module that cannot be loaded

A module that cannot be loaded fails every test that needs it, so that a
misconfigured run can never pass by running nothing.
"""

import ctypes
import glob
import importlib
import os
import sys

import pytest

TARGETS = ("classic", "abi3", "hpy", "cffi", "cython", "package")

# The real-library modules (tests/behaviour/reallibs) are built only by tests/run-reallibs.sh, which sets
# BINDGEN_REALLIBS=1; every other run of this suite leaves them out rather than fail on missing modules.
collect_ignore = [] if os.environ.get("BINDGEN_REALLIBS") == "1" else ["reallibs"]


def pytest_addoption(parser):
    group = parser.getgroup("bindgen", "bindgen behaviour suite")
    group.addoption("--bindgen-target", default=None, choices=TARGETS,
                    help="target the module was generated for (env BINDGEN_TARGET)")
    group.addoption("--bindgen-module-path", default=None,
                    help="directories prepended to sys.path (env BINDGEN_MODULE_PATH)")


def _setting(config, option, env):
    value = config.getoption(option, default=None)  # None when the option was never registered
    return value if value else os.environ.get(env, "")


def _split_paths(text):
    return [os.path.abspath(p) for p in text.split(os.pathsep) if p]


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "hpy_limitation(reason): documented as impossible on HPy (0.0.4 on PyPy, 0.9 on CPython); "
        "xfail(strict=True) when the target is hpy, a normal test otherwise")
    config.addinivalue_line(
        "markers",
        "hpy_debug_threads: overlapping calls from several threads; skipped in HPy 0.9 debug mode "
        "(tests/Bindgen.Tests/Emitters/Hpy/hpy_leaks.py), whose context rotation is not thread-safe")
    target = _setting(config, "--bindgen-target", "BINDGEN_TARGET")
    if target and target not in TARGETS:
        raise pytest.UsageError(f"BINDGEN_TARGET={target!r}: expected one of {', '.join(TARGETS)}")
    paths = _split_paths(_setting(config, "--bindgen-module-path", "BINDGEN_MODULE_PATH"))
    for path in reversed(paths):
        sys.path.insert(0, path)
    for lib in _split_paths(os.environ.get("BINDGEN_PRELOAD", "")):
        ctypes.CDLL(lib, mode=ctypes.RTLD_GLOBAL)
    config.bindgen_target = target
    config.bindgen_paths = paths


def pytest_report_header(config):
    return (f"bindgen target: {config.bindgen_target or '(unset)'}; "
            f"module path: {os.pathsep.join(config.bindgen_paths) or '(unset)'}")


def _package_backend():
    """The backend the installed package selected (None when it cannot be imported: the tests then fail)."""
    try:
        return importlib.import_module("demo").__backend__
    except Exception:  # noqa: BLE001 - reported by the tests that load the module
        return None


def pytest_collection_modifyitems(config, items):
    backend = config.bindgen_target
    if backend == "package":
        backend = _package_backend()
    if backend != "hpy":
        return
    for item in items:
        marker = item.get_closest_marker("hpy_limitation")
        if marker is not None:
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
            item.add_marker(pytest.mark.xfail(reason=f"HPy {_hpy_version()}: {reason}", strict=True))


def _hpy_version():
    """The HPy runtime's version: 0.0.4 on PyPy 7.3.11, 0.9.0 from the hpy package on CPython."""
    try:
        import hpy.universal
        return hpy.universal.get_version()[0]
    except (ImportError, AttributeError):
        return "?"


def _load_hpy_universal(name, paths):
    """Loads NAME.hpy*.so (or NAME.*.so) through hpy.universal, as PyPy needs."""
    import hpy.universal

    for directory in paths + [p for p in sys.path if p and os.path.isdir(p)]:
        for pattern in (f"{name}.hpy*.so", f"{name}.*.so", f"{name}.so"):
            for so_file in sorted(glob.glob(os.path.join(directory, pattern))):
                module = hpy.universal.load(name, so_file)
                module.__file__ = so_file
                sys.modules[name] = module
                return module
    raise ImportError(f"no {name}.hpy*.so found in {paths or sys.path}")


def _import(name, target, paths):
    try:
        module = importlib.import_module(name)
    except ImportError:
        if target != "hpy":
            raise
        module = _load_hpy_universal(name, paths)
    if getattr(module, "__file__", None) is None:
        # A bare directory on sys.path (e.g. examples/demo/) imports as a namespace package.
        raise ImportError(f"{name!r} resolved to a namespace package {list(module.__path__)}, "
                          "not a generated module")
    return module


@pytest.fixture(scope="session")
def load_module(pytestconfig):
    """Returns load(name, probe): the module under test, or a failure/skip explaining why not.

    probe is an attribute the real generated module must have, guarding against
    importing some unrelated module of the same name.
    """
    target = pytestconfig.bindgen_target
    paths = pytestconfig.bindgen_paths
    loaded = {}

    def load(name, probe):
        if name not in loaded:
            try:
                module = _import(name, target, paths)
                if not hasattr(module, probe):
                    raise ImportError(f"{module!r} has no attribute {probe!r}: not the generated module")
                loaded[name] = (module, None)
            except Exception as exc:  # noqa: BLE001 - any failure to load is reported alike
                loaded[name] = (None, f"{type(exc).__name__}: {exc}")
        module, error = loaded[name]
        if module is not None:
            return module
        message = (f"cannot load module {name!r} (target {target or 'unset'}, "
                   f"module path {os.pathsep.join(paths) or 'unset'}): {error}")
        if os.environ.get("BINDGEN_ALLOW_MISSING") == "1":
            pytest.skip(message)
        pytest.fail(message + " -- set BINDGEN_ALLOW_MISSING=1 to skip instead", pytrace=False)

    return load


@pytest.fixture(scope="session")
def backend(pytestconfig):
    """The backend under test: the target, or for the installed package the backend it selected."""
    target = pytestconfig.bindgen_target
    return _package_backend() if target == "package" else target


@pytest.fixture(scope="session")
def demo(load_module):
    """The module generated from examples/demo/bindings.yaml."""
    return load_module("demo", "demo_version")


@pytest.fixture(scope="session")
def zlibmod(load_module):
    """The module generated from examples/zlib/bindings.yaml."""
    return load_module("zlibbind", "compress2")

