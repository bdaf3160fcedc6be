using System.CommandLine;
using Bindgen.Emitters.Package;

namespace Bindgen.Cli.Commands;

/// <summary>`bindgen package`: DIR becomes one Python project (abi3 for CPython, HPy + cffi for PyPy, one public API).</summary>
public static class PackageCommand
{
    public static Command Create()
    {
        var spec = CliOptions.Spec();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The project folder to write (default: ./package); build wheels in it with `python3 -m build --no-isolation --wheel`",
            DefaultValueFactory = _ => "package",
        };
        var cmd = new Command("package", "Generate a Python project whose package picks the abi3, HPy or cffi backend at import") { spec, output };
        cmd.SetAction(r => Run(r.GetValue(spec)!, r.GetValue(output)!, Log.From(r)));
        return cmd;
    }

    public static int Run(string specPath, string outDir, Log log)
    {
        var result = Pipeline.Run(specPath, log);
        if (Pipeline.Report(result.Diagnostics, log.Verbose) || result.Module is null) return 1;
        var full = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        var info = new Bindgen.Emitters.GeneratorInfo(Generator.Version, result.Module.SpecPath) { TargetDirectory = full };
        var files = PackageEmitter.Emit(result.Module, info);
        log.Phase("emit", $"{files.Count} file(s)");
        // OutputWriter replaces parent/<name>/ as a whole, atomically: a failed run keeps the earlier project.
        OutputWriter.Write(parent, new Dictionary<string, IReadOnlyList<Bindgen.Emitters.GeneratedFile>> { [Path.GetFileName(full)] = files });
        log.Info($"package: {files.Count} file(s) in {outDir}; build wheels there with `python3 -m build --no-isolation --wheel` (CPython) and `pypy3 -m build --no-isolation --wheel` (PyPy)");
        return 0;
    }
}
