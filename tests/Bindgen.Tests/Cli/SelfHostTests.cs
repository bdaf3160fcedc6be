using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>
/// Self-hosting: src/Parser's libclang interop is the checked-in output of `bindgen gen --target csharp` on the root
/// bindings.yaml (into src/Parser/Interop/Generated). `bindgen check` keeps it honest.
/// </summary>
public class SelfHostTests
{
    const string GeneratedDir = "src/Parser/Interop/Generated";

    [Fact]
    public void CheckedInLibclangInteropIsTheGeneratorsOutput()
    {
        var root = ExpectedFile.RepoRoot();
        var r = CliRunner.Run(root, "check", "bindings.yaml", "--out", GeneratedDir);
        Assert.True(r.ExitCode == 0,
            $"src/Parser's generated libclang interop is stale: regenerate it with `./bindgen.sh gen bindings.yaml --target csharp --out {GeneratedDir}`\n{r.Stdout}{r.Stderr}");
        Assert.True(File.Exists(Path.Combine(root, GeneratedDir, "csharp", "Libclang.Native.g.cs")));
    }

    [Fact]
    public void CheckFailsOnAnEditedCopyOfTheGeneratedInterop()
    {
        var root = ExpectedFile.RepoRoot();
        var dir = CliRunner.TempDir();
        var copy = Path.Combine(dir, "csharp");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Path.Combine(root, GeneratedDir, "csharp")))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var native = Path.Combine(copy, "Libclang.Native.g.cs");
        File.WriteAllText(native, File.ReadAllText(native).Replace("clang_visitChildren(", "clang_visitChildren_edited("));

        var r = CliRunner.Run(root, "check", "bindings.yaml", "--out", dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("csharp/Libclang.Native.g.cs", r.Stdout);
        Assert.Contains("clang_visitChildren_edited(", r.Stdout);
    }
}
