using System.Diagnostics;
using Bindgen.Cli;
using Bindgen.Model;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>
/// Small C idioms real headers use (tests/cases/idioms/NAME: header, library source, bindings.yaml, check.py):
/// the bound IR is an expectation file, and each case is built for classic, cffi (API mode) and Cython, imported
/// and called by check.py. `arrays`: every spelling of an array parameter binds as the pointer C makes of it (cffi and
/// Cython must accept the declarations: cffi cannot parse `buf[(*size)]`). `umbrella`: an umbrella header whose API is
/// in um/*.h, every name the spec names found there. Cost: about 2 s for the IR, 3-15 s per target build.
/// </summary>
public class IdiomCaseTests
{
    public static TheoryData<string> Cases => new() { "arrays", "umbrella" };

    public static TheoryData<string, string> Builds => new()
    {
        { "arrays", "classic" }, { "arrays", "cffi" }, { "arrays", "cython" },
        { "umbrella", "classic" }, { "umbrella", "cffi" }, { "umbrella", "cython" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IrMatchesExpectation(string name)
    {
        var root = ExpectedFile.RepoRoot();
        var result = Pipeline.Run(ExpectedFile.Case($"idioms/{name}/bindings.yaml"));
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Items));
        ExpectedFile.Match(ModelJson.Serialize(result.Module!, root), ExpectedFile.Case($"idioms/{name}/expected.ir.json"));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void BuildsImportsAndRuns(string name, string target)
    {
        var dir = CliRunner.TempDir();
        CopyTree(ExpectedFile.Case($"idioms/{name}"), dir);
        Assert.Equal((0, ""), Run(dir, [], "gcc", "-std=c11", "-Wall", "-Werror", "-shared", "-fPIC", "-I.", "-o", $"lib{ModuleSource(name)}.so", $"{ModuleSource(name)}.c"));
        var env = new Dictionary<string, string> { ["LIBRARY_PATH"] = dir, ["LD_LIBRARY_PATH"] = dir, ["BINDGEN_WERROR"] = "1" };
        var build = CliRunner.RunWithEnv(dir, env, "build", "--target", target, "--python", "/usr/bin/python3");
        Assert.True(build.ExitCode == 0, build.Stderr + build.Stdout);
        var (code, output) = Run(dir, [("PYTHONPATH", Path.Combine(dir, "generated", target)), ("LD_LIBRARY_PATH", dir)], "/usr/bin/python3", "check.py");
        Assert.True(code == 0, output);
        Assert.Equal("ok", output.Trim());
    }

    /// <summary>The library source is named like the header: arrays.c, um.c.</summary>
    static string ModuleSource(string name) => name == "umbrella" ? "um" : name;

    static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, file);
            if (rel.StartsWith("expected")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, rel))!);
            File.Copy(file, Path.Combine(to, rel));
        }
    }

    static (int Code, string Output) Run(string dir, (string Key, string Value)[] env, string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr);
    }
}
