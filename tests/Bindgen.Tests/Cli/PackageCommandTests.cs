using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>`bindgen package` writes one deterministic project into --out (tests/run-package.sh builds, installs and runs it).</summary>
public class PackageCommandTests
{
    static string ZlibSpec => Path.Combine(ExpectedFile.RepoRoot(), "examples", "zlib", "bindings.yaml");

    static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(p => Path.GetRelativePath(dir, p), File.ReadAllText);

    [Fact]
    public void Package_writes_a_deterministic_project_with_three_backends()
    {
        var dir = CliRunner.TempDir();
        var a = CliRunner.Run(dir, "package", ZlibSpec, "--out", "a", "-q");
        Assert.True(a.ExitCode == 0, a.Stderr);
        Assert.Equal(0, CliRunner.Run(dir, "package", ZlibSpec, "--out", "b", "-q").ExitCode);
        var files = Snapshot(Path.Combine(dir, "a"));
        Assert.Equal(files, Snapshot(Path.Combine(dir, "b")));
        Assert.Equal(["__cffi_build.py", "_abi3.c", "_hpy.c", "build_hpy.py", "hpy09/_hpy.c", "hpy09/_hpy.py", "hpy09/build_hpy.py", "pyproject.toml", "setup.py",
                      "zlibbind/__init__.py", "zlibbind/__init__.pyi", "zlibbind/_cffi.py", "zlibbind/_hpy.py", "zlibbind/py.typed"],
            files.Keys.Select(k => k.Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.All(files.Where(kv => kv.Value.Length > 0), kv => Assert.DoesNotContain(dir, kv.Value));
        // a rerun replaces the project as a whole
        File.WriteAllText(Path.Combine(dir, "a", "stale.txt"), "x");
        Assert.Equal(0, CliRunner.Run(dir, "package", ZlibSpec, "--out", "a", "-q").ExitCode);
        Assert.False(File.Exists(Path.Combine(dir, "a", "stale.txt")));
    }

    [Fact]
    public void Package_leaves_out_csharp_only_functions_as_gen_does()
    {
        // The root spec (libclang) has functions only the C# target binds (string_array, out arrays): the Python
        // backends, the stubs and __all__ leave them out instead of failing with an internal error.
        var dir = CliRunner.TempDir();
        var r = CliRunner.Run(dir, "package", Path.Combine(ExpectedFile.RepoRoot(), "bindings.yaml"), "--out", "p", "-q");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var init = File.ReadAllText(Path.Combine(dir, "p", "clang", "__init__.py"));
        Assert.Contains("'clang_getCString'", init);
        Assert.DoesNotContain("clang_parseTranslationUnit", init);
        Assert.DoesNotContain("clang_tokenize", init);
        Assert.DoesNotContain("clang_parseTranslationUnit", File.ReadAllText(Path.Combine(dir, "p", "clang", "__init__.pyi")));
    }

    [Fact]
    public void Package_of_a_bad_spec_fails_with_diagnostics_and_writes_nothing()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "bad.yaml"), "module: m\nheaders: [missing.h]\nfunctionz: {}\n");
        var r = CliRunner.Run(dir, "package", "bad.yaml", "--out", "p");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bad.yaml:3:1: error:", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "p")));
    }
}
