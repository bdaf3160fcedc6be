#!/usr/bin/env bash
# Runs the C# behaviour suite (tests/CSharpBehaviour, mirrors tests/behaviour): builds libdemo, generates the
# csharp target of examples/demo, examples/zlib and the six real libraries into build/csharp-behaviour/, then runs the xunit project
# (not part of Bindgen.sln) with LD_LIBRARY_PATH pointing at libdemo and at libdemo_shim.so (the shim library of
# demo's static inline functions and macros, which `bindgen build --target csharp` compiles). Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$here/build/csharp-behaviour"
mkdir -p "$work"
bash examples/demo/build.sh "$work/lib"
rm -rf "$work/demo/csharp" "$work/zlib/csharp"
export LD_LIBRARY_PATH="$work/lib:$work/demo/csharp${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
./bindgen.sh build examples/demo/bindings.yaml --target csharp --out "$work/demo" -q
./bindgen.sh gen examples/zlib/bindings.yaml --target csharp --out "$work/zlib"
for lib in sodium lz4 archive sqlite yaml lzma; do   # the real libraries of tests/run-reallibs.sh
  rm -rf "$work/$lib/csharp"
  ./bindgen.sh gen "examples/$lib/bindings.yaml" --target csharp --out "$work/$lib" -q
done
dotnet test tests/CSharpBehaviour -nologo -v quiet --logger "console;verbosity=minimal" "$@"
