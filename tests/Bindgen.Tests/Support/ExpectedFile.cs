using System.Runtime.CompilerServices;

namespace Bindgen.Tests.Support;

/// <summary>
/// rust-bindgen-style expectation files for generated text: the expected output sits beside its input
/// under tests/cases. BINDGEN_BLESS=1 rewrites them; review the diff like code.
/// </summary>
public static class ExpectedFile
{
    public static string RepoRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    public static string Case(string relative) => Path.Combine(RepoRoot(), "tests", "cases", relative);

    public static void Match(string actual, string expectedPath)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("BINDGEN_BLESS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing expectation {expectedPath}; run with BINDGEN_BLESS=1 to create it");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        if (expected != actual)
        {
            var el = expected.Split('\n'); var al = actual.Split('\n');
            int i = 0; while (i < Math.Min(el.Length, al.Length) && el[i] == al[i]) i++;
            Assert.Fail($"{expectedPath} differs at line {i + 1}:\n  expected: {(i < el.Length ? el[i] : "<eof>")}\n  actual:   {(i < al.Length ? al[i] : "<eof>")}\n(BINDGEN_BLESS=1 rewrites expectations)");
        }
    }
}
