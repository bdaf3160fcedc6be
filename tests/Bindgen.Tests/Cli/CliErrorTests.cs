using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>Every failure a user can provoke ends in one clear message and exit 1 (2 for usage), never a stack trace.</summary>
public class CliErrorTests
{
    static void NoStackTrace(CliRunner.Result r)
    {
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.DoesNotContain("Exception:", r.Stderr.Replace("BindgenException", ""));
    }

    [Fact]
    public void ASpecWithFourMistakesGivesFourDiagnosticsAndExit1()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), "int add(int a, int b);\nint sub(int a, int b);\n");
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"),
            "module: t\n" +
            "headers: [t.h]\n" +
            "functions:\n" +
            "  add:\n" +
            "    gil: hold\n" +                 // 5:10 bad enum value
            "  sub:\n" +
            "    params:\n" +
            "      a: {buffer: in, lenght: b}\n" + // 8:23 unknown key; 8:19 buffer on an int (the binder still runs)
            "    returns: {error: nope}\n");      // 9:23 undefined convention
        var r = CliRunner.Run(dir, "ir", "bindings.yaml");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": error: ")).ToList();
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("bindings.yaml:5:", lines.Single(l => l.Contains("gil")));
        Assert.StartsWith("bindings.yaml:8:19:", lines.Single(l => l.Contains("'buffer' needs a data pointer")));
        Assert.StartsWith("bindings.yaml:8:", lines.Single(l => l.Contains("lenght")));
        Assert.Contains("did you mean 'length'", lines.Single(l => l.Contains("lenght")));
        Assert.StartsWith("bindings.yaml:9:", lines.Single(l => l.Contains("nope")));
        NoStackTrace(r);
    }

    [Fact]
    public void AMissingHeaderIsOneClearMessage()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [missing_header.h]\n");
        var r = CliRunner.Run(dir, "gen");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("missing_header.h", r.Stderr);
        Assert.Contains("not found", r.Stderr);
        NoStackTrace(r);
    }

    [Fact]
    public void AHeaderWithASyntaxErrorIsReportedWithItsPosition()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "bad.h"), "int ok(int a);\nint broken(int a;\n");
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [bad.h]\n");
        var r = CliRunner.Run(dir, "ir");
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"bad\.h:2:\d+: error: ", r.Stderr);
        NoStackTrace(r);
    }

    [Fact]
    public void AMissingLibclangSaysHowToInstallIt()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), "int add(int a, int b);\n");
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [t.h]\n");
        var r = CliRunner.RunWithEnv(dir, new Dictionary<string, string> { ["BINDGEN_LIBCLANG"] = "/nonexistent/libclang.so" }, "ir");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("libclang", r.Stderr);
        Assert.Contains("apt-get install", r.Stderr);
        NoStackTrace(r);
    }

    [Fact]
    public void UnknownOptionIsAUsageErrorWithExit2()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "gen", "bindings.yaml", "--frobnicate");
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void EveryCommandHasHelp()
    {
        foreach (var cmd in new[] { "gen", "build", "check", "ir", "init", "schema" })
        {
            var r = CliRunner.Run(CliRunner.TempDir(), cmd, "--help");
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("Usage:", r.Stdout);
        }
        var v = CliRunner.Run(CliRunner.TempDir(), "--version");
        Assert.Equal(0, v.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", v.Stdout.Trim());
    }
}
