using System.CommandLine;
using System.Diagnostics;
using Bindgen.Model.IR;

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
        var module = result.Module;
        if (emitters.Any(e => e.Target == "hpy")) module = WithInterpreterHpy(module, python, log);
        var files = Generator.Emit(module, emitters, outDir);
        log.Phase("emit", $"{files.Values.Sum(f => f.Count)} file(s)");
        OutputWriter.Write(outDir, files);
        log.Phase("write", outDir);
        foreach (var e in emitters)
        {
            var dir = Path.Combine(outDir, e.Target);
            var steps = e.BuildSteps(module);
            if (steps.Count == 0) { log.Info($"{e.Target}: nothing to build"); continue; }
            var exe = ChooseInterpreter(e, module, python, dir, log);
            if (exe is null) return 1;
            foreach (var step in steps)
            {
                var program = step.Program.Replace("{python}", exe);
                var args = step.Args.Select(a => a.Replace("{python}", exe)).ToList();
                var command = $"{program} {string.Join(' ', args)}";
                log.Progress($"{e.Target}: {command}");
                var (code, output) = RunProcess(program, args, dir);
                if (code != 0)
                {
                    Console.Error.Write(log.Verbose ? output : BuildFailure.FirstErrors(output));
                    Console.Error.WriteLine(BuildFailure.Summary(e.Target, dir, command, code, output, log.Verbose));
                    return 1;
                }
                if (log.Verbose) Console.Error.Write(output);
            }
            log.Info($"{e.Target}: built in {dir}");
            log.Phase($"build {e.Target}");
        }
        return 0;
    }

    /// <summary>
    /// --python (or the target's default) when it passes the target's interpreter check. When it does not, a target
    /// whose module is interpreter-independent (HPy universal) is built with its default interpreter instead, saying
    /// so; otherwise the build stops with an error naming the interpreter and what it lacks.
    /// </summary>
    static string? ChooseInterpreter(Bindgen.Emitters.IEmitter e, Bindgen.Model.IR.BoundModule module, string? python, string dir, Log log)
    {
        var check = e.InterpreterCheck(module);
        var first = python ?? e.DefaultPython(module);
        if (check is null) return first;
        var why = CannotBuild(first, check, dir);
        if (why is null) return first;
        var fallback = e.DefaultPython(module);
        if (python is not null && e.InterpreterIndependent && fallback != python && CannotBuild(fallback, check, dir) is null)
        {
            Console.Error.WriteLine($"bindgen build: {e.Target}: {python} {why}; building with {fallback} (the module is the same for every interpreter)");
            return fallback;
        }
        Console.Error.WriteLine($"{dir}: error: building target '{e.Target}': {first} {why}" +
            (python is null ? "; pass --python with an interpreter that can" : $"; pass another --python{(e.InterpreterIndependent ? $" (nor can {fallback})" : "")}"));
        return null;
    }

    /// <summary>Null when EXE runs CHECK successfully, else why not (the check's message, or that EXE did not run).</summary>
    static string? CannotBuild(string exe, string check, string dir)
    {
        var (code, output) = RunProcess(exe, ["-c", check], dir);
        if (code == 0) return null;
        if (code == 127 && output.StartsWith("cannot run")) return "cannot be run";
        var last = output.Trim().Split('\n').LastOrDefault(l => l.Trim().Length > 0)?.Trim();
        return string.IsNullOrEmpty(last) ? $"failed its check (exit {code})" : last;
    }

    /// <summary>
    /// An HPy module can only be compiled at the API level of the headers it is built with, i.e. the build
    /// interpreter's hpy.devel: PyPy 7.3.11 ships 0.0.4, CPython gets 0.9 from the `hpy` package. So `build`
    /// renders the level of the interpreter it runs (the spec's targets.hpy.version is what `gen` renders),
    /// and keeps the spec's when the interpreter has no HPy (the build script then says so).
    /// </summary>
    static BoundModule WithInterpreterHpy(BoundModule module, string? python, Log log)
    {
        var exe = python ?? new Bindgen.Emitters.Hpy.HpyEmitter().DefaultPython(module);
        var (code, output) = RunProcess(exe, ["-c", "import hpy.universal as h; print(h.get_version()[0])"], Directory.GetCurrentDirectory());
        var found = output.Trim();
        if (code != 0) return module;
        var version = found.StartsWith("0.9") ? "0.9" : found == "0.0.4" ? "0.0.4" : null;
        var spec = Bindgen.Emitters.Hpy.HpyEmitter.ApiVersion(module);
        if (version is null || version == spec) return module;
        log.Info($"hpy: {exe} has HPy {found}: building the HPy {version} API (targets.hpy.version: {spec})");
        return Bindgen.Emitters.Hpy.HpyEmitter.WithVersion(module, version);
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
