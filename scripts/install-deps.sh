#!/usr/bin/env bash
# Installs what bindgen's tests need from Debian, only what is missing; silent when everything is present.
set -euo pipefail
pkgs=(
  gcc libclang1-14 libclang-14-dev zlib1g-dev liblzma-dev libbz2-dev libexpat1-dev libsqlite3-dev libyaml-dev libpng-dev libz3-dev llvm-14-dev
  libsodium-dev liblz4-dev libarchive-dev uuid-dev   # examples/{sodium,lz4,archive,uuid} (tests/run-reallibs.sh)
  python3 python3-dev python3-dbg python3-pytest python3-setuptools python3-cffi cython3 python3-build python3-numpy python3-exceptiongroup python3-tomli python3-jsonschema python3-yaml
  python3-installer python3-mypy
  pypy3 pypy3-dev pypy3-lib
  valgrind swig pybind11-dev python3-matplotlib   # bench/run.sh (the smoke step of test.sh needs valgrind only)
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# HPy 0.9 for CPython (no Debian package, no PyPI here): built from ../shared/vendor, skipped when present.
bash "$(dirname "${BASH_SOURCE[0]}")/install-hpy.sh"
