# Builds one hand-written extension of bench/ (PEER=baseline|swig|pybind11) in the current folder, with the
# same setuptools defaults (Python's own -O2 flags) as bindgen's generated setup.py.
import os

from setuptools import Extension, setup

lib = os.environ["BENCHLIB_DIR"]
library_dirs = [d for v in ("LIBRARY_PATH", "LD_LIBRARY_PATH") for d in os.environ.get(v, "").split(os.pathsep) if d]
common = dict(include_dirs=[lib], libraries=["bench"], library_dirs=library_dirs)
peer = os.environ["PEER"]
if peer == "baseline":
    ext = Extension("blbase", sources=["blbase.c"], extra_compile_args=["-Wall", "-Wextra", "-Werror"], **common)
elif peer == "swig":
    ext = Extension("_blswig", sources=["blswig_wrap.c"], **common)
else:
    ext = Extension("blpybind", sources=["blpybind.cpp"], language="c++",
                    extra_compile_args=["-std=c++17", "-fvisibility=hidden"], **common)
setup(ext_modules=[ext])
