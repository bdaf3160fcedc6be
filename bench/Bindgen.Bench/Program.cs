using System.Diagnostics;
using Bindgen.Cli;

// Measures spec → header model → bound IR for a spec: the first run in the process (cold: libclang load,
// JIT) and then N warm runs, reporting min and median. Usage: bindgen-bench SPEC [N]
// With --gen DIR: the whole `bindgen gen` (every target the spec enables, files written to DIR) instead,
// printed as JSON for bench/run.sh. Usage: bindgen-bench --gen DIR SPEC [N]
if (args.Length >= 3 && args[0] == "--gen") return GenSpeed(args[1], args[2], args.Length > 3 ? int.Parse(args[3]) : 10);
if (args.Length < 1) { Console.Error.WriteLine("usage: bindgen-bench SPEC [N]"); return 2; }
var spec = args[0];
int n = args.Length > 1 ? int.Parse(args[1]) : 10;

var sw = Stopwatch.StartNew();
var first = Pipeline.Run(spec);
var cold = sw.Elapsed.TotalMilliseconds;
if (first.Module is null) { foreach (var d in first.Diagnostics.Items) Console.Error.WriteLine(d); return 1; }

var warm = new List<double>();
for (int i = 0; i < n; i++)
{
    sw.Restart();
    Pipeline.Run(spec);
    warm.Add(sw.Elapsed.TotalMilliseconds);
}
warm.Sort();
var m = first.Module;
Console.WriteLine($"spec: {spec}");
Console.WriteLine($"declarations: {m.Header.Functions.Count} functions, {m.Header.Records.Count} records, {m.Header.Enums.Count} enums, {m.Header.Typedefs.Count} typedefs, {m.Header.Macros.Count} macros");
Console.WriteLine($"bound: {m.Functions.Count} functions, {m.Structs.Count} structs, {m.Enums.Count} enums, {m.Constants.Count} constants");
Console.WriteLine($"cold (first in process): {cold:F0} ms");
Console.WriteLine($"warm x{n}: min {warm[0]:F0} ms, median {warm[n / 2]:F0} ms");
return 0;

static int GenSpeed(string outDir, string spec, int n)
{
    var log = new Log(Quiet: true, Verbose: false);
    var sw = Stopwatch.StartNew();
    if (Bindgen.Cli.Commands.GenCommand.Run(spec, [], outDir, log) != 0) return 1;
    var cold = sw.Elapsed.TotalMilliseconds;
    var warm = new List<double>();
    for (int i = 0; i < n; i++)
    {
        sw.Restart();
        if (Bindgen.Cli.Commands.GenCommand.Run(spec, [], outDir, log) != 0) return 1;
        warm.Add(sw.Elapsed.TotalMilliseconds);
    }
    warm.Sort();
    Console.WriteLine(FormattableString.Invariant(
        $"{{\"first_in_process_ms\": {cold:F1}, \"warm\": {{\"min_ms\": {warm[0]:F1}, \"median_ms\": {warm[n / 2]:F1}}}}}"));
    return 0;
}
