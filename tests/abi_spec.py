"""Writes a copy of a bindings.yaml with `targets: {cffi: {mode: abi}}` (the CLI has no mode option).

include_dirs are made absolute (plus the spec's own folder) so the headers still resolve from the copy's folder.
Usage: abi_spec.py SRC DST   (used by run-cffi-behaviour.sh, run-differential.sh and run-reallibs.sh)
"""
import os
import sys

import yaml

src, dst = sys.argv[1], sys.argv[2]
with open(src) as f:
    spec = yaml.safe_load(f)
base = os.path.dirname(os.path.abspath(src))
spec["include_dirs"] = [os.path.normpath(os.path.join(base, d)) for d in spec.get("include_dirs", [])] + [base]
spec["targets"] = {"cffi": {"mode": "abi"}}
os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
with open(dst, "w") as f:
    yaml.safe_dump(spec, f, sort_keys=False)
