#!/usr/bin/env bash
# Runs the C# behaviour suite (tests/CSharpBehaviour, mirrors tests/behaviour): builds libdemo, generates the
# csharp target of examples/demo, examples/zlib and the six real libraries into build/csharp-behaviour/, then runs the xunit project
# (not part of Bindgen.sln) with LD_LIBRARY_PATH pointing at libdemo. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$here/build/csharp-behaviour"
mkdir -p "$work"
bash examples/demo/build.sh "$work/lib"
rm -rf "$work/demo/csharp" "$work/zlib/csharp"
./bindgen.sh gen examples/demo/bindings.yaml --target csharp --out "$work/demo"
./bindgen.sh gen examples/zlib/bindings.yaml --target csharp --out "$work/zlib"
for lib in sodium lz4 archive sqlite yaml lzma; do   # the real libraries of tests/run-reallibs.sh
  rm -rf "$work/$lib/csharp"
  ./bindgen.sh gen "examples/$lib/bindings.yaml" --target csharp --out "$work/$lib" -q
done
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
dotnet test tests/CSharpBehaviour -nologo -v quiet --logger "console;verbosity=minimal" "$@"
