#!/usr/bin/env bash
# Parse + bind speed: /usr/include/sqlite3.h into the IR, cold (first in process) and warm (min/median of N).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet build "$here/Bindgen.Bench" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
exec dotnet "$here/Bindgen.Bench/bin/Release/net10.0/bindgen-bench.dll" "$here/specs/sqlite3.yaml" "${1:-20}"
