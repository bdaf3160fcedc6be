#!/usr/bin/env bash
# Runs every bindgen test: installs what is missing (apt, idempotent), builds, runs the .NET suites and the
# Python behaviour suites of each implemented target. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { printf '\n==> %s\n' "$*"; }

step "dependencies"
bash scripts/install-deps.sh

step "build"
dotnet build Bindgen.sln -c Release -nologo -v quiet -clp:ErrorsOnly

step "dotnet test"
dotnet test Bindgen.sln -c Release --no-build -nologo -v quiet --logger "console;verbosity=minimal" \
  --filter "FullyQualifiedName!~Bindgen.Tests.Reliability"   # those run in tests/run-reliability.sh

step "behaviour suite: classic, abi3 and cython (CPython 3.11)"
bash tests/run-behaviour.sh

step "behaviour suite: one abi3 build on every CPython >= 3.8"
bash tests/run-abi3-matrix.sh

step "behaviour suite: cffi (API on CPython and PyPy, ABI on CPython)"
bash tests/run-cffi-behaviour.sh

step "behaviour suite: hpy universal modules on PyPy (plain, then HPy debug mode with leak detection)"
bash tests/run-hpy-behaviour.sh

step "behaviour suite: one hpy 0.9 universal build on CPython 3.11 (plain, debug + leak detection, trace), 3.8 and 3.13"
bash tests/run-hpy09-behaviour.sh

step "differential test: the same calls on every Python target and C#, outcomes compared (reuses the builds above)"
DIFFERENTIAL_REUSE=1 bash tests/run-differential.sh

step "bindgen package: wheels on CPython (abi3) and PyPy, installed into fresh venvs, behaviour suite against them"
bash tests/run-package.sh

step "bindgen as a dotnet tool: packed, installed offline, run"
bash tests/run-dotnet-tool.sh --no-build

step "reliability: bad-input matrix, leaks (python3-dbg), sanitizers, generator fuzzing (BINDGEN_FULL=1: full figures)"
bash tests/run-reliability.sh

step "six real libraries (sodium, lz4, archive, sqlite, yaml, lzma) on every Python target (~75 s of CPU)"
bash tests/run-reallibs.sh

step "C# behaviour suite (demo and zlib through the generated P/Invoke bindings)"
bash tests/run-csharp-behaviour.sh

step "header fidelity corpus: coverage and starter output of every target for zlib, bzlib, lzma, expat, sqlite3, yaml, png, z3"
bash tests/run-corpus.sh

step "large APIs: a synthetic 1,500-function header, every target complete; classic, cffi, cython and C# compiled (BINDGEN_FULL=1: 5,000, plus abi3 and hpy)"
bash tests/run-scale.sh

step "benchmark smoke run (every bench piece builds, checks its results and reports)"
mkdir -p build
bash bench/run.sh --smoke >build/bench-smoke.log 2>&1 || { tail -40 build/bench-smoke.log; echo "bench smoke run failed" >&2; exit 1; }
tail -3 build/bench-smoke.log

echo
echo "all suites passed"
