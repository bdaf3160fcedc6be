#!/usr/bin/env bash
# bindgen as a dotnet tool, offline: `dotnet pack` the CLI into a temp folder, install it from there with a
# NuGet config that knows no other source (so nothing can come from nuget.org), then run the installed
# `bindgen --help` and a real `bindgen gen`. Usage: tests/run-dotnet-tool.sh [--no-build]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
dotnet pack src/Cli/Bindgen.Cli.csproj -c Release -o "$tmp/nupkg" -nologo -v quiet "$@" >"$tmp/pack.log" 2>&1 \
  || { cat "$tmp/pack.log"; echo "dotnet pack failed" >&2; exit 1; }
cat >"$tmp/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$tmp/nupkg" />
  </packageSources>
</configuration>
XML
dotnet tool install --tool-path "$tmp/tool" --configfile "$tmp/nuget.config" bindgen >"$tmp/install.log" 2>&1 \
  || { cat "$tmp/install.log"; echo "dotnet tool install failed" >&2; exit 1; }
"$tmp/tool/bindgen" --help | grep -q "bindgen \[command\]" || { echo "installed bindgen --help failed" >&2; exit 1; }
"$tmp/tool/bindgen" gen examples/zlib/bindings.yaml --target cffi --out "$tmp/gen" -q
test -s "$tmp/gen/cffi/zlibbind.py" && test -s "$tmp/gen/cffi/zlibbind.pyi" || { echo "installed bindgen gen wrote nothing" >&2; exit 1; }
echo "dotnet tool: packed $(ls "$tmp/nupkg"), installed offline, bindgen --help and gen work"
