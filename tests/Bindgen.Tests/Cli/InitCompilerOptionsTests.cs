using Bindgen.Model;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>`init` and `coverage` take a compiler's -D/-I/--clang-arg (a header that needs a define can be started at
/// all); init writes them into the starter's defines:/include_dirs:/clang_args: so the spec parses the same way.</summary>
public class InitCompilerOptionsTests
{
    /// <summary>A header that refuses to parse without WIDTH and finds dep.h only through -I (pcre2.h's shape).</summary>
    static string Header(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "inc"));
        File.WriteAllText(Path.Combine(dir, "inc", "dep.h"), "typedef int dep_t;\n");
        File.WriteAllText(Path.Combine(dir, "needs.h"),
            "#ifndef WIDTH\n#error define WIDTH\n#endif\n#include \"dep.h\"\n#if defined(BARE) && WIDTH == 8\nint needs_get(dep_t x);\n#endif\n");
        return Path.Combine(dir, "needs.h");
    }

    [Fact]
    public void Init_writes_defines_include_dirs_and_clang_args_the_starter_then_parses_with()
    {
        var dir = CliRunner.TempDir();
        var h = Header(dir);
        var r = CliRunner.Run(dir, "init", h, "-D", "WIDTH=8", "-D", "BARE", "-I", "inc", "--clang-arg=-std=c11", "-o", "bindings.yaml");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var text = File.ReadAllText(Path.Combine(dir, "bindings.yaml"));
        Assert.Contains("include_dirs: [inc]", text);
        Assert.Contains("defines: {WIDTH: 8, BARE: null}", text);
        Assert.Contains("clang_args: [\"-std=c11\"]", text);
        var ir = CliRunner.Run(dir, "ir");
        Assert.True(ir.ExitCode == 0, ir.Stderr);
        Assert.Contains("\"c_name\": \"needs_get\"", ir.Stdout);
    }

    [Fact]
    public void Coverage_takes_the_same_options()
    {
        var dir = CliRunner.TempDir();
        var h = Header(dir);
        var r = CliRunner.Run(dir, "coverage", h, "-D", "WIDTH=8", "-DBARE", "-I", "inc");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        Assert.Matches(@"(?m)^functions +1 +1 +0 +0$", r.Stdout);
    }

    [Fact]
    public void A_diagnostic_without_a_location_never_prints_zero_line_and_column()
    {
        Assert.Equal("error: no header", Diagnostic.Error(SourceLocation.None, "no header").ToString());
        Assert.Equal("spec.yaml: error: build failed", Diagnostic.Error(new SourceLocation("spec.yaml", 0, 0), "build failed").ToString());
        Assert.Equal("a.h:3:4: warning: w", Diagnostic.Warning(new SourceLocation("a.h", 3, 4), "w").ToString());
    }
}
