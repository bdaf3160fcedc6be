using System.Text;
using Bindgen.Emitters;
using Bindgen.Tests.Emitters.CPython;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Emitters.Common;

/// <summary>
/// No output is ever truncated: Scriban cut rendered text at 1 MiB by default, so a module of ~1,000 functions lost
/// its end silently. 1,200 functions render well beyond 1 MiB of C; every target must still name the last one.
/// tests/run-scale.sh compiles such output (1,500 functions; 5,000 with BINDGEN_FULL=1).
/// </summary>
public class LargeOutputTests
{
    [Fact]
    public void Every_target_renders_every_function_of_a_large_header()
    {
        const int n = 1200;
        var dir = CliRunner.TempDir();
        var header = new StringBuilder("typedef struct big_pair { int a; double b; } big_pair;\n");
        for (int i = 0; i < n; i++) header.Append($"int big_fn{i}(int first_argument, double second_argument, big_pair *pair_argument);\n");
        File.WriteAllText(Path.Combine(dir, "big.h"), header.ToString());
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: big\nheaders: [big.h]\ninclude_dirs: [\".\"]\nlibrary: big\n");
        var module = SpecBinding.Bind(Path.Combine(dir, "bindings.yaml"));
        foreach (var target in EmitterRegistry.Implemented)
        {
            var emitter = EmitterRegistry.Find(target)!;
            var text = string.Concat(emitter.Emit(module.ForTarget(target), new GeneratorInfo("test", "bindings.yaml") { TargetDirectory = dir })
                .Select(f => f.Content));
            Assert.True(text.Contains($"big_fn{n - 1}"), $"{target}: the last function is missing from {text.Length} characters of output");
            if (target == "classic") Assert.True(text.Length > 1 << 20, $"classic rendered only {text.Length} characters: the test no longer crosses 1 MiB");
        }
        Directory.Delete(dir, true);
    }

    /// <summary>Every renderer takes its context from TemplateContexts, where the limits are off (one place to get right).</summary>
    [Fact]
    public void Only_TemplateContexts_creates_a_Scriban_context()
    {
        var src = Path.Combine(CPythonPipeline.RepoRoot(), "src");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.EndsWith("TemplateContexts.cs"))
            .Where(f => File.ReadAllText(f).Contains("new TemplateContext"))
            .Select(f => Path.GetRelativePath(src, f)).ToList();
        Assert.Empty(offenders);
    }
}
