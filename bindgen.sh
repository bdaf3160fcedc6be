#!/usr/bin/env bash
# Runs bindgen from this checkout: builds the CLI when its sources changed, then runs it with your arguments.
# Example: ./bindgen.sh gen examples/zlib/bindings.yaml
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/build/cli"
stamp="$out/.stamp"

# Sources only: what `dotnet build` writes (obj/, bin/) is never newer input, or every build would trigger another.
stale() {
  [ ! -f "$out/bindgen.dll" ] || [ ! -f "$stamp" ] && return 0
  [ -n "$(find "$here/src" \( -name obj -o -name bin \) -prune -o -type f \
            \( -name '*.cs' -o -name '*.csproj' -o -name '*.sbn' -o -name '*.props' -o -name '*.targets' -o -name '*.json' \) \
            -newer "$stamp" -print 2>/dev/null | head -1)" ] && return 0
  [ -n "$(find "$here/Directory.Build.props" "$here/schema" -type f -newer "$stamp" -print 2>/dev/null | head -1)" ]
}

if stale; then
  mkdir -p "$out"
  # One builder at a time: concurrent callers wait here, then find the build done (checked again under the lock).
  exec 9>"$out/.lock"
  flock 9
  if stale; then
    echo "bindgen.sh: sources changed, building the CLI (about 35 s)..." >&2
    log="$(mktemp)"
    touch "$log.start"   # sources edited during the build stay newer than the stamp: the next call rebuilds
    if ! dotnet build "$here/src/Cli/Bindgen.Cli.csproj" -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly >"$log" 2>&1; then
      cat "$log" >&2; rm -f "$log" "$log.start"; echo "bindgen.sh: building the CLI failed" >&2; exit 1
    fi
    mv "$log.start" "$stamp"; rm -f "$log"
  fi
  exec 9>&-
fi
exec dotnet "$out/bindgen.dll" "$@"
