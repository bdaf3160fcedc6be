"""Turns the JSON and callgrind dumps of a bench/run.sh work folder into a Markdown report (and a PNG chart).

usage: report.py WORK OUT.md [--png OUT.png]

Ratios are against the hand-written METH_FASTCALL baseline measured in the same run (lower is better);
instruction counts come from callgrind (repeatable on a busy machine), wall times are min/median of many
repeats. Exits 1 when a measurement is missing, so a broken piece cannot hide behind an empty table.
"""
import argparse
import glob
import json
import os
import platform
import re
import subprocess
import sys

SHAPES = ["noargs", "add", "buffer_in", "alloc_out", "method"]
SHAPE_TITLES = {"noargs": "no args → int", "add": "two ints → int", "buffer_in": "`buffer: in` 1 KB",
                "alloc_out": "`alloc` 1 KB out", "method": "handle method"}
ORDER = ["baseline", "classic", "abi3", "cython", "cffi", "cffi-abi", "hpy", "cffi-pypy", "classic-pypy",
         "swig", "pybind11", "ctypes", "cffi-hand", "swig-pypy", "ctypes-pypy", "cffi-hand-pypy"]
LABELS = {"baseline": "hand-written METH_FASTCALL (baseline)", "classic": "bindgen classic", "abi3": "bindgen abi3",
          "cython": "bindgen cython", "cffi": "bindgen cffi API", "cffi-abi": "bindgen cffi ABI",
          "hpy": "bindgen HPy universal (PyPy)", "cffi-pypy": "bindgen cffi API (PyPy)", "swig": "SWIG 4.1",
          "pybind11": "pybind11 2.10", "ctypes": "ctypes", "cffi-hand": "hand-written cffi API",
          "ctypes-pypy": "ctypes (PyPy)", "cffi-hand-pypy": "hand-written cffi API (PyPy)",
          "classic-pypy": "bindgen classic on PyPy (cpyext; reference, not a PyPy target)", "swig-pypy": "SWIG 4.1 (PyPy cpyext)"}
GENERATED = ["classic", "abi3", "cython", "cffi", "cffi-abi", "hpy", "cffi-pypy"]
# Peers are compared within one interpreter: a module on PyPy against SWIG and ctypes on PyPy.
PYPY = {"hpy", "cffi-pypy", "classic-pypy", "swig-pypy", "ctypes-pypy", "cffi-hand-pypy"}


def load(path):
    with open(path) as f:
        return json.load(f)


def callgrind_counts(folder):
    """{label: Ir} from the dumps of one callgrind run (one dump per CALLGRIND_DUMP_STATS_AT label)."""
    out = {}
    for path in glob.glob(os.path.join(folder, "out.*")):
        label = total = None
        with open(path) as f:
            for line in f:
                m = re.match(r"desc: Trigger: Client Request: (\S+)", line)
                if m:
                    label = m.group(1)
                m = re.match(r"(?:summary|totals): (\d+)", line)
                if m:
                    total = int(m.group(1))
        if label is not None and total is not None:
            out[label] = total
    return out


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load_avg = " / ".join("%.1f" % x for x in os.getloadavg())
    gcc = subprocess.run(["gcc", "-dumpfullversion"], capture_output=True, text=True).stdout.strip()
    return "%s, %d cores, load %s; %s; gcc %s" % (cpu, os.cpu_count() or 0, load_avg, platform.platform(), gcc)


def fmt_ratio(r):
    return "—" if r is None else "%.2fx" % r


def per_call_instructions(work, variants):
    """{variant: {shape: instructions per call}} for the variants with a callgrind folder in WORK."""
    cg = {}
    for v in variants:
        folder = os.path.join(work, "cg", v)
        if os.path.isdir(folder):
            counts = callgrind_counts(folder)
            calls = load(os.path.join(work, "json", "cg-%s.json" % v))["results"]["calls"]
            missing = ["%s.%d" % (s, k) for s in ["empty"] + SHAPES for k in (2, 3) if "%s.%d" % (s, k) not in counts]
            if missing:
                sys.exit("report: callgrind dumps of %s lack %s" % (v, missing))
            per = {s: (counts[s + ".3"] - counts[s + ".2"]) / calls for s in ["empty"] + SHAPES}
            # PyPy's JIT can make a call cheaper than its empty loop by a few instructions: that reads as 0
            cg[v] = {s: max(per[s] - per["empty"], 0.0) for s in SHAPES}
    return cg


def print_cg_only(work, variants):
    """bench/cg.sh: one row per variant, instructions per call and the ratio to the baseline."""
    cg = per_call_instructions(work, variants)
    if "baseline" not in cg:
        sys.exit("report: no baseline callgrind run in %s" % work)
    print("%-16s" % "variant" + "".join("%18s" % s for s in SHAPES))
    for v in variants:
        print("%-16s" % v + "".join("%10.0f (%4.2fx)" % (cg[v][s], cg[v][s] / cg["baseline"][s]) for s in SHAPES))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("out")
    ap.add_argument("--png")
    ap.add_argument("--readme", help="also replace the tables between the bench markers of this README")
    ap.add_argument("--cg-only", nargs="+", metavar="VARIANT", help="print instructions per call of these and stop")
    a = ap.parse_args()
    if a.cg_only:
        return print_cg_only(a.work, a.cg_only)
    jdir = os.path.join(a.work, "json")
    wall = {os.path.basename(p)[5:-5]: load(p) for p in glob.glob(os.path.join(jdir, "wall-*.json"))}
    variants = [v for v in ORDER if v in wall]
    if "baseline" not in wall or len(variants) < 2:
        sys.exit("report: no baseline or no variants measured in %s" % a.work)
    cg = per_call_instructions(a.work, variants)
    lines = ["# bindgen benchmarks", "",
             "Machine: %s. Interpreters: %s." % (machine(), ", ".join(sorted({w["python"] for w in wall.values()}))),
             "Per call, excluding the timing loop itself (an empty loop measured the same way is subtracted). "
             "Ratios are against the hand-written METH_FASTCALL baseline of the same run: lower is better.", ""]

    def ratio(table, v, s):
        base = table["baseline"][s]
        return table[v][s] / base if base > 0 else None

    goals = []
    if cg:
        lines += ["## Instructions per call (callgrind; ratio to the baseline)", "",
                  "| variant | " + " | ".join(SHAPE_TITLES[s] for s in SHAPES) + " |",
                  "|---|" + "---:|" * len(SHAPES)]
        for v in [v for v in variants if v in cg]:
            cells = ["%.0f (%s)" % (cg[v][s], fmt_ratio(ratio(cg, v, s))) for s in SHAPES]
            lines.append("| %s | %s |" % (LABELS[v], " | ".join(cells)))
        lines.append("")
        for v, limit in (("classic", 1.05), ("abi3", 1.10)):
            if v in cg:
                worst = max(ratio(cg, v, s) for s in SHAPES)
                goals.append(("%s <= %.2fx baseline (instructions, every shape)" % (v, limit),
                              "worst %.2fx" % worst, worst <= limit))
        for pypy in (False, True):
            ours = [v for v in GENERATED if v in cg and (v in PYPY) == pypy]
            for peer in ("swig", "ctypes"):
                peer_v = peer + "-pypy" if pypy else peer
                if peer_v not in cg or not ours:
                    continue
                losers = ["%s/%s" % (v, s) for v in ours for s in SHAPES if cg[v][s] >= cg[peer_v][s]]
                goals.append(("every %s target faster than %s (instructions, every shape)" % (
                              "PyPy" if pypy else "CPython", LABELS[peer_v]),
                              "slower: " + ", ".join(losers) if losers else "all faster", not losers))
        # not an issue goal: how close the generated cffi module comes to what a careful human writes with cffi
        # (PyPy: or within 150 instructions, how far a few-hundred-instruction count moves between JIT traces)
        for v, hand, slack in (("cffi", "cffi-hand", 0), ("cffi-pypy", "cffi-hand-pypy", 150)):
            if v in cg and hand in cg:
                over = ["%s %.0f vs %.0f" % (s, cg[v][s], cg[hand][s]) for s in SHAPES
                        if cg[v][s] > max(1.10 * cg[hand][s], cg[hand][s] + slack)]
                goals.append(("%s within 1.10x of %s%s (instructions, every shape)" % (
                              LABELS[v], LABELS[hand], " or 150 instructions" if slack else ""),
                              "over: " + ", ".join(over) if over else "all within", not over))
    lines += ["## Wall time per call, ns: min / median (ratio of mins to the baseline)", "",
              "| variant | " + " | ".join(SHAPE_TITLES[s] for s in SHAPES) + " |",
              "|---|" + "---:|" * len(SHAPES)]
    wmin = {v: {s: wall[v]["results"][s]["min_ns"] for s in SHAPES} for v in variants}
    for v in variants:
        r = wall[v]["results"]
        cells = ["%.0f / %.0f (%s)" % (r[s]["min_ns"], r[s]["median_ns"], fmt_ratio(ratio(wmin, v, s))) for s in SHAPES]
        lines.append("| %s | %s |" % (LABELS[v], " | ".join(cells)))
    lines.append("")
    mems = {os.path.basename(p)[4:-5]: load(p)["results"] for p in glob.glob(os.path.join(jdir, "mem-*.json"))}
    if mems:
        lines += ["## Memory per call: peak bytes / bytes left behind", "",
                  "Peak: what one call holds at its peak, result included, above a call of nothing (CPython's "
                  "tracemalloc, Python's allocators; n/a on PyPy). Left behind: resident memory growth per call "
                  "between 2N and 3N calls, collected before each reading (a leak of a few bytes per call shows).", "",
                  "| variant | " + " | ".join(SHAPE_TITLES[s] for s in SHAPES) + " |",
                  "|---|" + "---:|" * len(SHAPES)]
        for v in [v for v in ORDER if v in mems]:
            cells = ["%s / %.1f" % ("n/a" if mems[v][s]["peak_bytes"] is None else "%d" % mems[v][s]["peak_bytes"],
                                    mems[v][s]["growth_bytes"]) for s in SHAPES]
            lines.append("| %s | %s |" % (LABELS[v], " | ".join(cells)))
        lines.append("")
        leaks = ["%s/%s" % (v, s) for v in GENERATED if v in mems for s in SHAPES if mems[v][s]["growth_bytes"] >= 1.0]
        goals.append(("no generated target leaves memory behind (< 1 byte per call, every shape)",
                      "grows: " + ", ".join(leaks) if leaks else "none grows", not leaks))
        if "baseline" in mems:
            over = ["%s/%s" % (v, s) for v in GENERATED if v in mems for s in SHAPES
                    if mems[v][s]["peak_bytes"] is not None
                    and mems[v][s]["peak_bytes"] > 1.10 * mems["baseline"][s]["peak_bytes"] + 64]
            goals.append(("peak memory of a call <= 1.10x the baseline's + 64 B (CPython, every shape)",
                          "over: " + ", ".join(over) if over else "all within", not over))

    crcs = {os.path.basename(p)[4:-5]: load(p) for p in glob.glob(os.path.join(jdir, "crc-*.json"))}
    if "baseline" not in crcs:
        sys.exit("report: no crc32 measurement in %s" % jdir)
    base = crcs["baseline"]["results"]
    mb = base["bytes"] / (1 << 20)
    lines += ["## crc32 over %.0f MB through `buffer: in`: throughput relative to the same calls in C" % mb, "",
              "C and the binding are timed back to back in each repeat (same load); ratio of the minimums. "
              "C itself: %.0f MB/s in one call, %.0f MB/s in 64 KB chunks." % (
                  mb / (base["whole"]["c_min_ns"] / 1e9), mb / (base["chunks"]["c_min_ns"] / 1e9)), "",
              "| variant | one call | 64 KB chunks (memoryview slices) |", "|---|---:|---:|"]
    worst = None
    for v in [v for v in ORDER if v in crcs]:
        r = crcs[v]["results"]
        got = [r[k]["c_min_ns"] / r[k]["min_ns"] for k in ("whole", "chunks") if "min_ns" in r[k]]
        if v in GENERATED:
            worst = min(got + ([worst] if worst is not None else []))
        cells = ["%.2fx" % (r[k]["c_min_ns"] / r[k]["min_ns"]) if "min_ns" in r[k] else "n/a (bytes only in HPy 0.0.4)"
                 for k in ("whole", "chunks")]
        lines.append("| %s | %s | %s |" % (LABELS[v], cells[0], cells[1]))
    lines.append("")
    if worst is not None:
        goals.append(("crc32 through `buffer: in` >= 0.95x raw C", "worst %.2fx" % worst, worst >= 0.95))

    cs = load(os.path.join(jdir, "csharp.json"))
    lines += ["## C# (%s): generated bindings vs hand-written `[LibraryImport]`, ns per call min / median" % cs["runtime"], "",
              "| shape | generated | hand-written | ratio (min) | managed bytes per call, generated / hand |",
              "|---|---:|---:|---:|---:|"]
    for s in SHAPES:
        g, h = cs["results"][s]["generated"], cs["results"][s]["hand"]
        lines.append("| %s | %.1f / %.1f | %.1f / %.1f | %s | %.0f / %.0f |" % (
            SHAPE_TITLES[s], g["min_ns"], g["median_ns"], h["min_ns"], h["median_ns"],
            fmt_ratio(g["min_ns"] / h["min_ns"] if h["min_ns"] else None), g["alloc_bytes"], h["alloc_bytes"]))
    lines.append("")

    gen_path = os.path.join(jdir, "gen.json")
    if os.path.exists(gen_path):
        g = load(gen_path)["results"]
        lines += ["## Generator speed on /usr/include/sqlite3.h (ms; min / median of %d)" % g["repeats"], "",
                  "| run | min | median |", "|---|---:|---:|"]
        for key, title in (("cold", "`bindgen gen` all six targets, cold process"),
                           ("warm", "`bindgen gen` all six targets, warm (in process)"),
                           ("swig", "`swig -python` (one target)")):
            lines.append("| %s | %.0f | %.0f |" % (title, g[key]["min_ms"], g[key]["median_ms"]))
        lines.append("")
        goals.append(("gen of sqlite3.h, all targets, warm < 1 s", "%.0f ms" % g["warm"]["min_ms"], g["warm"]["min_ms"] < 1000))
        goals.append(("gen (warm) faster than swig -python", "%.0f vs %.0f ms" % (g["warm"]["min_ms"], g["swig"]["min_ms"]),
                      g["warm"]["min_ms"] < g["swig"]["min_ms"]))

    goal_rows = ["| goal | measured | met |", "|---|---|---|"]
    goal_rows += ["| %s | %s | %s |" % (name, got, "yes" if ok else "**no**") for name, got, ok in goals]
    lines += ["## Goals", ""] + goal_rows + [""]
    with open(a.out, "w") as f:
        f.write("\n".join(lines))
    if a.readme:
        cg_rows = lines[lines.index("## Instructions per call (callgrind; ratio to the baseline)") + 2:]
        cg_rows = cg_rows[:cg_rows.index("")]
        replace_between(a.readme, "instructions", cg_rows)
        replace_between(a.readme, "goals", goal_rows)
    if a.png:
        chart(cg or wmin, variants, a.png, "instructions" if cg else "wall min")


def replace_between(path, name, rows):
    """Rewrites the lines between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in PATH with ROWS."""
    with open(path) as f:
        text = f.read()
    begin, end = "<!-- bench:%s -->\n" % name, "<!-- /bench:%s -->" % name
    if begin not in text or end not in text:
        sys.exit("report: %s has no %s ... %s markers" % (path, begin.strip(), end))
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    with open(path, "w") as f:
        f.write(head + begin + "\n".join(rows) + "\n" + end + tail)


def chart(table, variants, path, what):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    vs = [v for v in variants if v in table and v != "baseline"]
    fig, ax = plt.subplots(figsize=(12, 5.5))
    width = 0.8 / len(vs)
    colors = plt.get_cmap("tab20").colors
    for i, v in enumerate(vs):
        ys = [table[v][s] / table["baseline"][s] for s in SHAPES]
        ax.bar([k + i * width for k in range(len(SHAPES))], ys, width, label=LABELS[v], color=colors[i % len(colors)])
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_xticks([k + 0.4 - width / 2 for k in range(len(SHAPES))])
    ax.set_xticklabels([SHAPE_TITLES[s].replace("`", "") for s in SHAPES])
    ax.set_yscale("log")
    ax.set_ylabel("per call, ratio to hand-written baseline (%s, log)" % what)
    ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    fig.savefig(path, dpi=100, metadata={"Software": None})


if __name__ == "__main__":
    main()
