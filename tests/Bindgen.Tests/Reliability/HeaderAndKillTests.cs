using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bindgen.Cli;
using Bindgen.Tests.Support;
using Xunit.Abstractions;

namespace Bindgen.Tests.Reliability;

/// <summary>
/// Malformed headers end in FILE:LINE:COL diagnostics and exit 1 (never an internal error or a hang), and a
/// `bindgen gen` killed at any moment leaves each earlier DIR/&lt;target&gt; whole: the old files or the new ones.
/// </summary>
public class HeaderAndKillTests(ITestOutputHelper output)
{
    static readonly Regex ErrorLine = new(@"^.+:\d+:\d+: error: \S", RegexOptions.Multiline);

    const string Spec = "module: m\nheaders: [m.h]\nfunctions:\n  m_f:\n    params:\n      data: {buffer: in, length: len}\n";

    public static TheoryData<string, string> BrokenHeaders => new()
    {
        { "syntax-error", "int m_f(const unsigned char *data, unsigned long len;\n" },
        { "missing-include", "#include \"nosuch_header.h\"\nint m_f(const unsigned char *data, unsigned long len);\n" },
        { "unknown-type", "m_thing m_f(const m_other *data, unsigned long len);\n" },
        { "unterminated-comment", "/* never closed\nint m_f(const unsigned char *data, unsigned long len);\n" },
        { "self-include", "#include \"m.h\"\nint m_f(const unsigned char *data, unsigned long len);\n" },
        { "error-directive", "#error the vendor says no\n" },
        { "garbage", "\u0001\u0002\u00ff{{{{ ]]] ;;; int int int\n" },
        { "empty", "" },
        { "not-a-function", "int m_f;\n" },
        { "wrong-param-name", "int m_f(const unsigned char *bytes, unsigned long n);\n" },
        { "cxx", "class M { public: int m_f(); };\n" },
    };

    [Theory]
    [MemberData(nameof(BrokenHeaders))]
    public void BrokenHeaderIsADiagnosticAndExitOne(string name, string header)
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), Spec);
        File.WriteAllText(Path.Combine(dir, "m.h"), header);
        var r = CliRunner.Run(dir, "gen", "bindings.yaml", "--out", "out");
        Assert.True(r.ExitCode == 1, $"{name}: exit {r.ExitCode}\n{r.Stderr}");
        Assert.DoesNotContain("internal error", r.Stderr);
        Assert.Matches(ErrorLine, r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(dir, "out")).Any(),
                     $"{name}: a failed run wrote output");
    }

    static int HeaderMutations => Environment.GetEnvironmentVariable("BINDGEN_FULL") == "1" ? 200 : 20;

    [Fact]
    public void MutatedDemoHeaderNeverCrashesTheBinder()
    {
        var root = ExpectedFile.RepoRoot();
        var lines = File.ReadAllLines(Path.Combine(root, "examples", "demo", "demo.h"));
        var dir = CliRunner.TempDir();
        File.Copy(Path.Combine(root, "examples", "demo", "bindings.yaml"), Path.Combine(dir, "bindings.yaml"));
        var rng = new Random(7);
        var junk = new[] { "}", "{", "int", "typedef", ";", "#endif", "#if 1", "struct demo_counter { int x; };", "(", "*", "demo_shape demo_shape;", "#define demo_free 1" };
        int rejected = 0;
        for (int k = 0; k < HeaderMutations; k++)
        {
            var mutated = lines.ToList();
            int i = rng.Next(mutated.Count);
            string what;
            if (rng.Next(2) == 0) { what = $"delete line {i + 1}: {mutated[i]}"; mutated.RemoveAt(i); }
            else { var j = junk[rng.Next(junk.Length)]; what = $"insert '{j}' at line {i + 1}"; mutated.Insert(i, j); }
            File.WriteAllLines(Path.Combine(dir, "demo.h"), mutated);
            try
            {
                var result = Pipeline.Run(Path.Combine(dir, "bindings.yaml"));
                if (result.Diagnostics.HasErrors) rejected++;
                Assert.All(result.Diagnostics.Items, d => Assert.Matches(@"^.+:\d+:\d+: (error|warning): \S", d.ToString()));
                if (result.Module is { } module)
                {
                    var diags = new Bindgen.Model.DiagnosticBag();
                    Generator.Emit(module, Generator.Select(module, [], diags), Path.Combine(dir, "out"));
                }
            }
            catch (Bindgen.Model.BindgenException) { rejected++; }
            catch (Exception ex)
            {
                Assert.Fail($"header mutation {k} ({what}): unhandled {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        }
        output.WriteLine($"header fuzz: {HeaderMutations} mutations of demo.h, {rejected} rejected with diagnostics");
    }

    [Fact]
    public void KilledGenLeavesEveryTargetFolderWhole()
    {
        var root = ExpectedFile.RepoRoot();
        var dir = CliRunner.TempDir();
        var demo = Path.Combine(root, "examples", "demo");
        var specText = File.ReadAllText(Path.Combine(demo, "bindings.yaml")).Replace("include_dirs: [\".\"]", $"include_dirs: [\"{demo}\"]");
        File.WriteAllText(Path.Combine(dir, "old.yaml"), specText);
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), specText.Replace("Return three times x.", "Return three times x (second edition)."));
        var old = CliRunner.Run(dir, "gen", "old.yaml", "--out", "out");
        Assert.True(old.ExitCode == 0, old.Stderr);
        var oldState = Snapshot(Path.Combine(dir, "out"));
        // One uninterrupted run gives the new state and how long a run takes.
        var copy = CliRunner.TempDir();
        var watch = Stopwatch.StartNew();
        File.WriteAllText(Path.Combine(copy, "bindings.yaml"), File.ReadAllText(Path.Combine(dir, "bindings.yaml")));
        Assert.Equal(0, CliRunner.Run(copy, "gen", "bindings.yaml", "--out", "out").ExitCode);
        var runTime = watch.Elapsed;
        var newState = Snapshot(Path.Combine(copy, "out"));
        Assert.Equal(oldState.Keys.Order(), newState.Keys.Order());
        Assert.Contains(oldState.Keys, t => oldState[t] != newState[t]);

        int kills = Environment.GetEnvironmentVariable("BINDGEN_FULL") == "1" ? 30 : 4, sawNew = 0;
        for (int k = 0; k < kills; k++)
        {
            // spread the kills over the whole run, most of them near its end, where files are written and moved
            var delay = runTime * (0.5 + 0.6 * k / kills);
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "bindgen.dll"), "gen", "bindings.yaml", "--out", "out" })
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.WaitForExit(delay);
            if (!p.HasExited) p.Kill(true);
            p.WaitForExit();
            var state = Snapshot(Path.Combine(dir, "out"));
            foreach (var target in oldState.Keys)
            {
                Assert.True(state.TryGetValue(target, out var got), $"kill {k} after {delay.TotalMilliseconds:F0} ms: {target}/ is missing");
                Assert.True(got == oldState[target] || got == newState[target],
                            $"kill {k} after {delay.TotalMilliseconds:F0} ms: {target}/ is neither the old nor the new output");
                if (got == newState[target]) sawNew++;
            }
            // put the old output back for the next round
            Assert.Equal(0, CliRunner.Run(dir, "gen", "old.yaml", "--out", "out").ExitCode);
        }
        // The next complete run also removes what killed runs left behind (staging folders).
        Assert.Equal(0, CliRunner.Run(dir, "gen", "bindings.yaml", "--out", "out").ExitCode);
        Assert.Equal(newState, Snapshot(Path.Combine(dir, "out")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(dir, "out"), ".bindgen-*"));
        output.WriteLine($"killed gen: {kills} kills, {sawNew} target folders already new, the rest old; never torn");
    }

    /// <summary>target folder → one hash over its file names and contents; ".bindgen-*" leftovers are not targets.</summary>
    static Dictionary<string, string> Snapshot(string outDir)
    {
        var result = new Dictionary<string, string>();
        if (!Directory.Exists(outDir)) return result;
        foreach (var target in Directory.EnumerateDirectories(outDir).Where(d => !Path.GetFileName(d).StartsWith(".bindgen-") && !Path.GetFileName(d).Contains(".bindgen-old-")))
        {
            var sb = new StringBuilder();
            foreach (var f in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                sb.Append(Path.GetRelativePath(target, f)).Append('\0').Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).Append('\n');
            result[Path.GetFileName(target)] = sb.ToString();
        }
        return result;
    }
}
