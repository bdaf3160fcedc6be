using System.Text.RegularExpressions;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>`bindgen coverage`: one table per kind, reasons grouped, and the exact last line.</summary>
public class CoverageTests
{
    static readonly Regex LastLine = new(@"^coverage: (\d+) bound, (\d+) skipped, (\d+) failed of (\d+) declarations$");

    [Fact]
    public void ZlibHasNothingFailedAndEveryDeclarationCounted()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "coverage", "/usr/include/zlib.h");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        var lines = r.Stdout.TrimEnd('\n').Split('\n');
        var m = LastLine.Match(lines[^1]);
        Assert.True(m.Success, lines[^1]);
        int bound = int.Parse(m.Groups[1].Value), skipped = int.Parse(m.Groups[2].Value), failed = int.Parse(m.Groups[3].Value), total = int.Parse(m.Groups[4].Value);
        Assert.Equal(0, failed);
        Assert.Equal(total, bound + skipped + failed);
        Assert.True(bound > 50, r.Stdout);
        foreach (var kind in new[] { "functions", "structs", "unions", "enums", "typedefs", "macros", "variables" })
            Assert.Matches(new Regex($"^{kind} +\\d+ +\\d+ +\\d+ +\\d+$", RegexOptions.Multiline), r.Stdout);
        // Skips are grouped with their reason and an example.
        Assert.Contains("function '…' is variadic and cannot be bound; skipped", r.Stdout);
        Assert.Contains("e.g. gzprintf:", r.Stdout);
        Assert.Contains("empty (a flag or include guard)", r.Stdout);
    }

    [Fact]
    public void SpecAnnotationsApply()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "coverage", "--spec", Path.Combine(RepoRoot(), "examples", "zlib", "bindings.yaml"));
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        // The spec's include list leaves the rest out, with that reason.
        Assert.Contains("left out by the spec's include/exclude", r.Stdout);
        Assert.Matches(LastLine, r.Stdout.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void DemoGlobalsAndTypedMacroAreBound()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "coverage", "--spec", Path.Combine(RepoRoot(), "examples", "demo", "bindings.yaml"));
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        // Five globals, all bound; DEMO_CLAMP is bound through macros_as_functions, DEMO_ARRAY_LEN is not typed.
        Assert.Matches(new Regex(@"^variables +5 +5 +0 +0$", RegexOptions.Multiline), r.Stdout);
        Assert.Contains("function-like macro: type it under macros_as_functions to bind it", r.Stdout);
        Assert.Contains("e.g. DEMO_ARRAY_LEN:", r.Stdout);
        Assert.DoesNotContain("DEMO_CLAMP", r.Stdout);
    }

    [Fact]
    public void CSharpOnlyRolesAreNotFailuresOfThePythonTargets()
    {
        // The root spec (libclang) uses string_array, out arrays and by-value struct callbacks: the Python targets
        // render without those functions, as `gen` does, so nothing fails (it once counted 322 failures).
        var r = CliRunner.Run(CliRunner.TempDir(), "coverage", "--spec", Path.Combine(RepoRoot(), "bindings.yaml"));
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        var m = LastLine.Match(r.Stdout.TrimEnd('\n').Split('\n')[^1]);
        Assert.True(m.Success, r.Stdout);
        Assert.Equal("0", m.Groups[3].Value);
    }

    [Fact]
    public void NoHeaderAndNoSpecIsAUsageError()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "coverage");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("HEADER", r.Stderr);
    }

    static string RepoRoot()
    {
        var d = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(d, "Bindgen.sln"))) d = Path.GetDirectoryName(d)!;
        return d;
    }
}
