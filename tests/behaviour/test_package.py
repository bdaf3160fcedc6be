"""`bindgen package` only (BINDGEN_TARGET=package): the installed package picks its backend, re-exports one
public API (__all__) from it, and users catch the very exception objects the backend raises."""

import importlib
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(os.environ.get("BINDGEN_TARGET") != "package",
                                reason="only for the installed `bindgen package` project (BINDGEN_TARGET=package)")

MODULES = [("demo", "demo_version"), ("zlibbind", "compress2")]


@pytest.fixture(params=MODULES, ids=[m for m, _ in MODULES])
def package(request, load_module):
    return load_module(*request.param)


def test_package_is_installed_not_the_source_tree(package):
    assert os.path.basename(os.path.dirname(package.__file__)) == package.__name__
    assert "site-packages" in package.__file__


def test_backend_is_the_expected_one(package):
    expected = os.environ.get("BINDGEN_EXPECT_BACKEND")
    assert expected, "the runner sets BINDGEN_EXPECT_BACKEND"
    assert package.__backend__ == expected


def test_public_api_comes_from_the_backend(package):
    backend = sys.modules[f"{package.__name__}._{package.__backend__}"]
    assert package.__all__, "the package exports something"
    for name in package.__all__:
        if name in package._VARIABLES:
            # C globals are read from the backend on each access: the same current value, a new object each time.
            assert getattr(package, name) == getattr(backend, name), name
        else:
            assert getattr(package, name) is getattr(backend, name), name
    if package.__name__ == "demo":
        assert package._VARIABLES, "the demo's globals are exported"


def test_raised_exceptions_are_the_exported_classes(load_module):
    z = load_module("zlibbind", "compress2")
    with pytest.raises(z.ZlibError) as excinfo:
        z.uncompress(bytearray(10), b"garbage")
    assert type(excinfo.value) is z.ZlibError
    assert excinfo.value.code == z.Z_DATA_ERROR


def test_backend_override_by_environment(package):
    env = dict(os.environ)
    var = package.__name__.upper() + "_BACKEND"
    env[var] = "nonsense"
    run = subprocess.run([sys.executable, "-c", f"import {package.__name__}"], env=env, capture_output=True, text=True)
    assert run.returncode != 0 and f"{var}='nonsense'" in run.stderr
    env[var] = package.__backend__
    run = subprocess.run([sys.executable, "-c", f"import {package.__name__} as m; print(m.__backend__)"],
                         env=env, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == package.__backend__


def test_every_shipped_backend_offers_the_same_api(package):
    names = set(package.__all__)
    if sys.implementation.name == "pypy":
        shipped = ["hpy", "cffi"]
    else:  # the cp38-abi3 wheel, or the py3-none wheel holding the HPy 0.9 universal module
        shipped = ["hpy"] if package.__backend__ == "hpy" else ["abi3"]
    for b in shipped:
        backend = importlib.import_module(f"{package.__name__}._{b}")
        missing = sorted(n for n in names if not hasattr(backend, n))
        assert not missing, f"{b} lacks {missing}"
