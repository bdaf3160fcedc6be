using System.CommandLine;

namespace Bindgen.Cli.Commands;

/// <summary>`bindgen check`: exit 1 with a unified diff when checked-in generated files are stale, or a target folder is missing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var spec = CliOptions.Spec(); var output = CliOptions.Out(); var target = CliOptions.Target();
        target.AcceptOnlyFromAmong(CliOptions.TargetNames);
        var cmd = new Command("check", "Exit 1 with a diff when the generated files in DIR differ from what gen would write") { spec, output, target };
        cmd.SetAction(r => Run(r.GetValue(spec)!, r.GetValue(target) ?? [], r.GetValue(output)!, Log.From(r)));
        return cmd;
    }

    public static int Run(string specPath, IReadOnlyList<string> targets, string outDir, Log log)
    {
        var result = Pipeline.Run(specPath, log);
        if (result.Module is null) { Pipeline.Report(result.Diagnostics, log.Verbose); return 1; }
        // Every target the spec enables (or --target names) must be there: a missing or empty folder is stale
        // output, not "nothing to check" (a vendor's CI would pass with nothing checked).
        var emitters = Generator.Select(result.Module, targets, result.Diagnostics);
        if (Pipeline.Report(result.Diagnostics, log.Verbose)) return 1;
        int stale = 0;
        foreach (var (target, files) in Generator.Emit(result.Module, emitters, outDir))
        {
            var dir = Path.Combine(outDir, target);
            var expected = files.ToDictionary(f => f.Path.Replace('\\', '/'), f => f.Content);
            var present = Directory.Exists(dir)
                ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                    .Select(p => Path.GetRelativePath(dir, p).Replace('\\', '/'))
                    .Where(p => expected.ContainsKey(p) || !BuildArtifacts.IsArtifact(p, expected.Keys)).ToHashSet()
                : new HashSet<string>();
            if (present.Count == 0)
            {
                stale += expected.Count;
                Console.Out.WriteLine($"missing: {dir} {(Directory.Exists(dir) ? "has no generated file" : "does not exist")} (gen would write {expected.Count} file(s))");
                continue;
            }
            foreach (var (path, content) in expected.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var full = Path.Combine(dir, path);
                var old = File.Exists(full) ? File.ReadAllText(full) : "";
                if (old == content) continue;
                stale++;
                Console.Out.Write(UnifiedDiff.Create(old, content, File.Exists(full) ? $"a/{target}/{path}" : "/dev/null", $"b/{target}/{path}"));
            }
            foreach (var extra in present.Where(p => !expected.ContainsKey(p)).OrderBy(p => p, StringComparer.Ordinal))
            {
                stale++;
                Console.Out.WriteLine($"only in {dir}: {extra} (gen would not write it)");
            }
        }
        if (stale > 0) { Console.Error.WriteLine($"bindgen check: {stale} generated file(s) are stale; run `bindgen gen {specPath} --out {outDir}`"); return 1; }
        log.Info("bindgen check: generated files are up to date");
        return 0;
    }
}
