#!/usr/bin/env bash
# Runs bindgen from this checkout: builds the CLI when its sources changed, then runs it with your arguments.
# Example: ./bindgen.sh gen examples/zlib/bindings.yaml
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/build/cli"
stamp="$out/.stamp"
if [ ! -f "$out/bindgen.dll" ] || [ -n "$(find "$here/src" "$here/Directory.Build.props" -newer "$stamp" -type f 2>/dev/null | head -1)" ]; then
  log="$(mktemp)"
  if ! dotnet build "$here/src/Cli/Bindgen.Cli.csproj" -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; echo "bindgen.sh: building the CLI failed" >&2; exit 1
  fi
  rm -f "$log"
  touch "$stamp"
fi
exec dotnet "$out/bindgen.dll" "$@"
