using System.Diagnostics;
using Bindgen.Emitters;
using Bindgen.Model.IR;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Emitters.CPython;

/// <summary>spec → header → IR → generated files, as `bindgen gen` does, plus a C compile check of the result.</summary>
internal static class CPythonPipeline
{
    public static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", ".."));

    public static BoundModule Bind(string specPath) => SpecBinding.Bind(specPath);

    public static IReadOnlyList<GeneratedFile> Emit(BoundModule module, string target, string targetDir) =>
        EmitterRegistry.Find(target)!.Emit(module, new GeneratorInfo("0.1.0", module.SpecPath) { TargetDirectory = targetDir });

    public static void Write(IReadOnlyList<GeneratedFile> files, string dir)
    {
        Directory.CreateDirectory(dir);
        foreach (var f in files) File.WriteAllText(Path.Combine(dir, f.Path), f.Content);
    }

    /// <summary>Compiles a generated .c to an object with the Python headers, -Wall -Wextra -Werror; returns gcc's output on failure.</summary>
    public static string? CompileC(string cFile, IEnumerable<string> includeDirs, IEnumerable<KeyValuePair<string, string>> defines,
        string? pythonInclude = null, string? objectDir = null)
    {
        var obj = Path.ChangeExtension(cFile, ".o");
        if (objectDir is not null)
        {
            Directory.CreateDirectory(objectDir);
            obj = Path.Combine(objectDir, Path.GetFileNameWithoutExtension(cFile) + ".o");
        }
        pythonInclude ??= Run("/usr/bin/python3", "-c \"import sysconfig; print(sysconfig.get_paths()['include'])\"").Trim();
        var args = new List<string> { "-c", "-fPIC", "-Wall", "-Wextra", "-Werror", "-O1", "-I" + pythonInclude };
        args.AddRange(includeDirs.Select(d => "-I" + d));
        args.AddRange(defines.Select(d => d.Value.Length == 0 ? "-D" + d.Key : $"-D{d.Key}={d.Value}"));
        args.AddRange([cFile, "-o", obj]);
        var psi = new ProcessStartInfo("gcc") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd() + p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? null : err;
    }

    static string Run(string exe, string args)
    {
        var psi = new ProcessStartInfo(exe, args) { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return o;
    }
}
