#!/usr/bin/env python3
"""Fails unless every target folder under OUT names every one of the N synthetic functions (tests/run-scale.sh).

Truncated output (Scriban once cut rendered text at 1 MiB) loses the declarations at its end; each target
renders every function at least once, so a missing name means a cut or a dropped declaration.
Usage: check_complete.py OUT N TARGET...
"""
import os
import re
import sys

KINDS = ["add", "mul", "name", "next", "sum", "make", "divmod", "count"]


def main(out, n, targets):
    expected = {f"scale_{KINDS[i % 8]}{i}" for i in range(n)}
    failed = 0
    for t in targets:
        found = set()
        top = os.path.join(out, t)
        for root, _, files in os.walk(top):
            if os.path.relpath(root, top).split(os.sep)[0] in ("build", "obj", "bin"):
                continue   # what a build left: only generated files count
            for f in files:
                if f.endswith((".so", ".o")):
                    continue
                with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                    found.update(re.findall(r"scale_[a-z]+[0-9]+", fh.read()))
        missing = sorted(expected - found, key=lambda s: int(re.sub(r"\D", "", s)))
        if missing:
            failed += 1
            print(f"scale: {t}: {len(missing)} of {n} functions missing (truncated?), first: {', '.join(missing[:3])}")
        else:
            print(f"scale: {t}: all {n} functions present")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3:]))
