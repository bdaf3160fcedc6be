using System.CommandLine;

namespace Bindgen.Cli.Commands;

/// <summary>`bindgen gen`: writes DIR/&lt;target&gt;/ for each target.</summary>
public static class GenCommand
{
    public static Command Create()
    {
        var spec = CliOptions.Spec(); var target = CliOptions.Target(); var output = CliOptions.Out();
        target.AcceptOnlyFromAmong(CliOptions.TargetNames);
        var cmd = new Command("gen", "Generate bindings for the spec's headers into DIR/<target>/") { spec, target, output };
        cmd.SetAction(r => Run(r.GetValue(spec)!, r.GetValue(target) ?? [], r.GetValue(output)!, Log.From(r)));
        return cmd;
    }

    public static int Run(string specPath, IReadOnlyList<string> targets, string outDir, Log log)
    {
        var result = Pipeline.Run(specPath, log);
        if (result.Module is null) { Pipeline.Report(result.Diagnostics, log.Verbose); return 1; }
        var emitters = Generator.Select(result.Module, targets, result.Diagnostics);
        if (Pipeline.Report(result.Diagnostics, log.Verbose)) return 1;
        var files = Generator.Emit(result.Module, emitters, outDir);
        log.Phase("emit", $"{files.Values.Sum(f => f.Count)} file(s) for {string.Join(", ", files.Keys)}");
        OutputWriter.Write(outDir, files);
        log.Phase("write", outDir);
        foreach (var (t, fs) in files)
            log.Info($"{t}: {fs.Count} file(s) in {Path.Combine(outDir, t)}");
        return 0;
    }
}
