"""Compares the outcomes of the differential cases across targets (run_outcomes.py and the C# runner write
them, one file per MODULE.TARGET.json). A case whose targets do not all agree is a divergence, printed as

    MODULE FUNCTION(args): classic,abi3,cython=OUTCOME cffi-abi=OUTCOME ...

with the targets grouped by identical outcome (the largest group first). A case that a target does not have
(C# has no wrong-type cases: C# is statically typed) is not compared on that target.

    compare.py --known known-divergences.txt --targets "classic abi3 ..." OUTCOMES.json...

known-divergences.txt: one `PATTERN  # reason` a line; PATTERN matches `EXAMPLE CASE-ID`, where `*` is
any text and everything else is literal (brackets too), optionally followed by `@TARGET,TARGET` (the divergence is listed only when exactly those
targets are outside the largest group); a leading `~` marks a line that may or may not occur (process-global
state). Exit status 1 when a divergence matches no line, or a line matches
no divergence (fixed: delete the line, so the list only shrinks), or when a target has no outcomes at all.
"""

import argparse
import collections
import json
import os
import re
import sys


def canonical(value):
    """Floats as Python's repr (C# writes "1", "1E+308", "NaN", "Infinity" for 1.0, 1e+308, nan, inf)."""
    if isinstance(value, list):
        if len(value) == 2 and value[0] == "float" and isinstance(value[1], str):
            return ["float", repr(float(value[1]))]
        return [canonical(v) for v in value]
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    return value


def csharp_view(outcome):
    """A Python outcome as the C# runner can observe it: without the free counts and re-entrant results
    (the C# matrix checks those: tests/reliability/csharp)."""
    return [part for part in outcome if not (isinstance(part, dict) and set(part) & {"frees", "reentrant"})]


# Targets that observe less than the Python ones: they are compared on what they can observe, and only on
# the cases they can express (C#: no wrong-typed or out-of-range argument exists in its static types).
PARTIAL = {"csharp": csharp_view}


def render(outcome):
    """A short, readable form of one normalised outcome."""
    if not outcome:
        return "?"
    kind = outcome[0]
    if kind == "ok":
        value = json.dumps(outcome[1], separators=(",", ":"), ensure_ascii=False)
        extra = outcome[2:]
        mutated = extra[0] if extra else []
        text = f"ok {value}"
        if mutated:
            text += " buffers=" + json.dumps(mutated, separators=(",", ":"))
        for detail in extra[1:]:
            text += " " + json.dumps(detail, separators=(",", ":"))
        return text
    if kind == "raise":
        _, name, code, message = outcome[:4]
        text = name
        if code is not None:
            text += f"(code={json.dumps(code)})"
        if message is not None:
            text += f" {message!r}"
        for detail in outcome[4:]:
            text += " " + json.dumps(detail, separators=(",", ":"))
        return text
    return " ".join(json.dumps(x) if not isinstance(x, str) else x for x in outcome)


def call_text(case_id, args_by_id):
    """FUNCTION(args) from a case id `FUNC[param:label]` and its argument tokens."""
    func = case_id.split("[", 1)[0]
    args = args_by_id.get(case_id)
    if args is None:
        return case_id
    shown = []
    for token in args:
        if token[0] == "lit":
            shown.append(repr(token[1]))
        elif token[0] in ("str",):
            shown.append(repr(token[1]))
        elif token[0] in ("bytes", "float"):
            shown.append(f"{token[0]}({token[1]!r})" if len(str(token[1])) < 24 else f"{token[0]}(<{len(token[1]) // 2}>)")
        elif token[0] in ("closed_handle", "handle", "struct"):
            shown.append(("closed " if token[0] == "closed_handle" else "") + token[1] + "()")
        elif len(token) == 2 and isinstance(token[1], int):
            shown.append(f"{token[0]}({token[1]})")
        else:
            shown.append(token[0])
    label = case_id[len(func):]
    return f"{func}({', '.join(shown)}) {label}"


def load_known(path):
    known = []
    with open(path) as f:
        for number, line in enumerate(f, 1):
            text = line.split("#", 1)[0].strip()
            if not text:
                continue
            if "#" not in line:
                raise SystemExit(f"{path}:{number}: every known divergence needs `# reason`")
            optional = text.startswith("~")  # may or may not diverge (process-global state): no stale check
            pattern, _, targets = text.lstrip("~").partition("@")
            regex = re.compile(".*".join(re.escape(part) for part in pattern.strip().split("*")) + r"\Z")
            known.append({"line": number, "pattern": regex, "text": line.strip(),
                          "targets": set(targets.split(",")) if targets else None, "hits": 0,
                          "optional": optional})
    return known


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--known", required=True)
    ap.add_argument("--targets", required=True)
    ap.add_argument("--cases", action="append", default=[],
                    help="an EXAMPLE.cases.json (to print the arguments; repeatable)")
    ap.add_argument("--some-targets", action="store_true",
                    help="a run on some targets only: a listed divergence that does not occur is not a failure")
    ap.add_argument("outcomes", nargs="+")
    args = ap.parse_args()
    order = args.targets.split()
    table = collections.defaultdict(dict)  # (module, case id) -> {target: outcome}
    per_target = collections.Counter()
    for path in args.outcomes:
        module, target = os.path.basename(path)[:-len(".json")].split(".", 1)
        with open(path) as f:
            for case_id, outcome in json.load(f).items():
                table[(module, case_id)][target] = outcome
                per_target[target] += 1
    args_by_id = {}
    for path in args.cases:
        with open(path) as f:
            doc = json.load(f)
        example = os.path.basename(path).split(".", 1)[0]  # EXAMPLE.cases.json, as EXAMPLE.TARGET.json
        for c in doc["cases"]:
            args_by_id[(example, c["id"])] = c["args"]
    problems = []
    for t in order:
        if per_target[t] == 0:
            problems.append(f"no outcomes from target {t}")
    known = load_known(args.known)
    compared = expected = unexpected = 0
    for (module, case_id), by_target in sorted(table.items()):
        if len(by_target) < 2:
            continue
        compared += 1
        groups = collections.defaultdict(list)
        for t in sorted(by_target, key=lambda t: order.index(t) if t in order else len(order)):
            if t in PARTIAL:
                continue
            groups[json.dumps(canonical(by_target[t]), sort_keys=True)].append(t)
        for t in PARTIAL:  # joins the group whose outcome, seen as it can observe it, is its own
            if t not in by_target:
                continue
            mine = json.dumps(canonical(by_target[t]), sort_keys=True)
            home = next((k for k in groups if json.dumps(PARTIAL[t](json.loads(k)), sort_keys=True) == mine), mine)
            groups.setdefault(home, []).append(t)
        if len(groups) == 1:
            continue
        ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), order.index(kv[1][0])
                                                        if kv[1][0] in order else len(order)))
        outliers = {t for _, ts in ranked[1:] for t in ts}
        key = f"{module} {case_id}"
        match = next((k for k in known if k["pattern"].match(key)
                      and (k["targets"] is None or k["targets"] == outliers)), None)
        text = call_text(case_id, {c: a for (m, c), a in args_by_id.items() if m == module})
        line = f"{module} {text}: " + " ".join(f"{','.join(ts)}={render(json.loads(o))}" for o, ts in ranked)
        if match:
            match["hits"] += 1
            expected += 1
            if os.environ.get("DIFFERENTIAL_VERBOSE") == "1":
                print("known  " + line)
        else:
            unexpected += 1
            print("DIVERGENCE " + line)
            print(f"           (list it as: {key}@{','.join(sorted(outliers))}  # reason)")
    for k in known:
        if k["hits"] == 0 and not args.some_targets and not k["optional"]:
            problems.append(f"{args.known}:{k['line']}: no longer diverges (fixed? delete the line): {k['text']}")
    for p in problems:
        print("FAIL " + p)
    targets = [t for t in order if per_target[t]]
    cases = len({k for k in table})
    print(f"differential: {cases} cases ({compared} run on two or more targets) compared across {len(targets)} "
          f"targets ({', '.join(f'{t}: {per_target[t]}' for t in targets)}); {expected} known divergences "
          f"({len(known)} lines in {os.path.basename(args.known)}), {unexpected} unexpected")
    return 1 if unexpected or problems else 0


if __name__ == "__main__":
    sys.exit(main())
