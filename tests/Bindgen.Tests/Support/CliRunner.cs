using System.Diagnostics;

namespace Bindgen.Tests.Support;

/// <summary>Runs the real bindgen executable (built beside the tests) as a user would, capturing exit code and output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDir, params string[] args) => RunWithEnv(workingDir, new Dictionary<string, string>(), args);

    public static Result RunWithEnv(string workingDir, IDictionary<string, string> env, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "bindgen.dll");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException($"bindgen {string.Join(' ', args)} hung"); }
        return new Result(p.ExitCode, stdout.Result, stderr);
    }

    public static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "bindgen-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(d);
        return d;
    }
}
