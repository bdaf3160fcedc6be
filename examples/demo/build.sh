#!/usr/bin/env bash
# Builds libdemo.so from demo.c.
#
#   bash build.sh [OUTDIR]          # OUTDIR defaults to this script's folder
#
# Environment:
#   CC             compiler (default gcc)
#   CFLAGS         extra flags appended to the fixed warning set, e.g.
#                  CFLAGS="-g -fsanitize=address,undefined"
#   LDFLAGS        extra link flags
#   DEMO_SELFTEST  when 1, also builds selftest.c against the library and runs it
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-$here}
mkdir -p "$out"
out=$(cd "$out" && pwd)

cc=${CC:-gcc}
# Word splitting of CFLAGS/LDFLAGS is intended: they hold several flags.
# shellcheck disable=SC2206
extra_cflags=(${CFLAGS:-})
# shellcheck disable=SC2206
extra_ldflags=(${LDFLAGS:-})
warn=(-std=c11 -O2 -Wall -Wextra -Werror)

"$cc" -shared -fPIC "${warn[@]}" "${extra_cflags[@]}" -pthread \
    -Wl,-soname,libdemo.so -o "$out/libdemo.so" "$here/demo.c" "${extra_ldflags[@]}"
echo "built $out/libdemo.so"

if [ "${DEMO_SELFTEST:-0}" = 1 ]; then
    "$cc" "${warn[@]}" "${extra_cflags[@]}" -pthread -I"$here" -o "$out/demo_selftest" \
        "$here/selftest.c" -L"$out" -ldemo -Wl,-rpath,"$out" "${extra_ldflags[@]}"
    "$out/demo_selftest"
fi
