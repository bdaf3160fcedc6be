using System.CommandLine;
using System.Diagnostics;

namespace Bindgen.Cli.Commands;

/// <summary>`bindgen build`: gen, then compile each Python target in place so `PYTHONPATH=DIR/&lt;target&gt; EXE -c "import MODULE"` works.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var spec = CliOptions.Spec(); var target = CliOptions.Target(); var output = CliOptions.Out();
        target.AcceptOnlyFromAmong(CliOptions.TargetNames);
        var python = new Option<string?>("--python") { Description = "Interpreter to build with (default: python3; pypy3 for HPy universal)" };
        var cmd = new Command("build", "Generate, then compile each target in place") { spec, target, output, python };
        cmd.SetAction(r => Run(r.GetValue(spec)!, r.GetValue(target) ?? [], r.GetValue(output)!, r.GetValue(python), Log.From(r)));
        return cmd;
    }

    public static int Run(string specPath, IReadOnlyList<string> targets, string outDir, string? python, Log log)
    {
        var result = Pipeline.Run(specPath, log);
        if (result.Module is null) { Pipeline.Report(result.Diagnostics, log.Verbose); return 1; }
        var emitters = Generator.Select(result.Module, targets, result.Diagnostics);
        if (Pipeline.Report(result.Diagnostics, log.Verbose)) return 1;
        var files = Generator.Emit(result.Module, emitters, outDir);
        log.Phase("emit", $"{files.Values.Sum(f => f.Count)} file(s)");
        OutputWriter.Write(outDir, files);
        log.Phase("write", outDir);
        foreach (var e in emitters)
        {
            var dir = Path.Combine(outDir, e.Target);
            var exe = python ?? e.DefaultPython(result.Module);
            foreach (var step in e.BuildSteps(result.Module))
            {
                var program = step.Program.Replace("{python}", exe);
                var args = step.Args.Select(a => a.Replace("{python}", exe)).ToList();
                log.Progress($"{e.Target}: {program} {string.Join(' ', args)}");
                var (code, output) = RunProcess(program, args, dir);
                if (code != 0)
                {
                    Console.Error.WriteLine(output);
                    Console.Error.WriteLine($"{result.Module.SpecPath}: error: building target '{e.Target}' failed: `{program} {string.Join(' ', args)}` exited with {code}");
                    return 1;
                }
                if (log.Verbose) Console.Error.Write(output);
            }
            log.Info($"{e.Target}: built in {dir}");
            log.Phase($"build {e.Target}");
        }
        return 0;
    }

    static (int Code, string Output) RunProcess(string program, IReadOnlyList<string> args, string dir)
    {
        var psi = new ProcessStartInfo(program) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stdout.Result + stderr);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (127, $"cannot run '{program}': {ex.Message}");
        }
    }
}
