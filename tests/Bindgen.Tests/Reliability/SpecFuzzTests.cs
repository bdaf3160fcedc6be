using System.Diagnostics;
using System.Text.RegularExpressions;
using Bindgen.Cli;
using Bindgen.Model;
using Bindgen.Model.C;
using Bindgen.Model.Spec;
using Bindgen.Spec;
using Bindgen.Tests.Support;
using Xunit.Abstractions;

namespace Bindgen.Tests.Reliability;

/// <summary>
/// Generator robustness: mutated specs (from the valid examples) go through the spec loader, the parser (when
/// a header-related key changed), the binder and every emitter in memory. Each must end in diagnostics
/// (FILE:LINE:COL: error: ...) or in generated files: never an unhandled exception, never a hang.
/// BINDGEN_FUZZ_COUNT sets the number of mutations (default 500; tests/run-reliability.sh sets 10^4 under
/// BINDGEN_FULL=1), BINDGEN_FUZZ_SEED the first seed.
/// </summary>
public class SpecFuzzTests(ITestOutputHelper output)
{
    static readonly string[] Seeds =
    [
        "examples/demo/bindings.yaml",
        "examples/zlib/bindings.yaml",
        "tests/cases/emitters/cffi/small.yaml",
    ];

    static readonly Regex DiagnosticLine = new(@"^.+:\d+:\d+: (error|warning): \S", RegexOptions.Compiled);
    static readonly TimeSpan PerSpecLimit = TimeSpan.FromSeconds(30);

    static int Count => int.TryParse(Environment.GetEnvironmentVariable("BINDGEN_FUZZ_COUNT"), out var n) ? n : 500;
    static int FirstSeed => int.TryParse(Environment.GetEnvironmentVariable("BINDGEN_FUZZ_SEED"), out var s) ? s : 1;

    [Fact]
    public async Task MutatedSpecsEndInDiagnosticsOrOutput()
    {
        var root = ExpectedFile.RepoRoot();
        var headers = new Dictionary<string, CHeader?>();
        var failures = new List<string>();
        int total = Count, withErrors = 0, generated = 0;
        var watch = Stopwatch.StartNew();
        for (int k = 0; k < total && failures.Count < 5; k++)
        {
            var seedPath = Path.Combine(root, Seeds[k % Seeds.Length]);
            var fuzzer = new SpecFuzzer(File.ReadAllText(seedPath), FirstSeed + k);
            var text = fuzzer.Next(out var what);
            var task = Task.Run(() => RunOne(text, seedPath, headers));
            string? failure;
            if (await Task.WhenAny(task, Task.Delay(PerSpecLimit)) != task) failure = $"hung for more than {PerSpecLimit.TotalSeconds} s";
            else
            {
                var (error, outcome) = await task;
                failure = error;
                if (outcome == Outcome.Diagnostics) withErrors++;
                else generated++;
            }
            if (failure != null)
                failures.Add($"mutation {FirstSeed + k} of {Seeds[k % Seeds.Length]} ({what}): {failure}\n---\n{Excerpt(text)}\n---");
        }
        output.WriteLine($"spec fuzz: {total} mutations in {watch.Elapsed.TotalSeconds:F0} s: {withErrors} rejected with " +
                         $"diagnostics, {generated} still valid and generated for every target, {headers.Count} distinct header parses");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(withErrors > total / 4, $"only {withErrors} of {total} mutations were rejected: the fuzzer mutates too little");
    }

    enum Outcome { Diagnostics, Generated }

    /// <summary>(failure or null, outcome) for one spec text, loaded as if it were at seedPath.</summary>
    static (string? Failure, Outcome Outcome) RunOne(string text, string seedPath, Dictionary<string, CHeader?> headers)
    {
        var diags = new DiagnosticBag();
        try
        {
            var spec = SpecLoader.LoadText(text, seedPath, diags);
            var bad = diags.Items.FirstOrDefault(d => !DiagnosticLine.IsMatch(d.ToString()) || d.ToString().Contains('\n'));
            if (bad != null) return ($"malformed diagnostic: {bad}", Outcome.Diagnostics);
            if (spec is null || diags.HasErrors)
                return diags.HasErrors ? (null, Outcome.Diagnostics) : ("no spec and no error", Outcome.Diagnostics);
            var key = string.Join("|", spec.Headers) + "|" + string.Join("|", spec.IncludeDirs) + "|" +
                      string.Join("|", spec.Defines.Select(d => d.Key + "=" + d.Value)) + "|" + string.Join("|", spec.ClangArgs) +
                      "|" + string.Join("|", spec.Include);
            var outcome = Outcome.Generated;
            CHeader? header;
            lock (headers)
            {
                if (!headers.TryGetValue(key, out header))
                {
                    try { header = Pipeline.Parse(spec); }
                    catch (BindgenException) { header = null; }
                    headers[key] = header;
                }
            }
            if (header is null) return (null, Outcome.Diagnostics);
            diags.AddRange(header.Diagnostics);
            var module = Bindgen.Model.Binder.Binder.Bind(spec, header, diags, Path.GetFileName(seedPath));
            bad = diags.Items.FirstOrDefault(d => !DiagnosticLine.IsMatch(d.ToString()));
            if (bad != null) return ($"malformed diagnostic: {bad}", outcome);
            if (diags.HasErrors) return (null, Outcome.Diagnostics);
            var emitters = Generator.Select(module, [], diags);
            var files = Generator.Emit(module, emitters, Path.Combine(Path.GetTempPath(), "bindgen-fuzz-out"));
            if (diags.HasErrors) return (null, Outcome.Diagnostics);
            if (files.Count == 0 && emitters.Count > 0) return ("no files generated", outcome);
            return (null, outcome);
        }
        catch (BindgenException)
        {
            return (null, Outcome.Diagnostics); // a clear error the CLI prints as is (exit 1)
        }
        catch (Exception ex)
        {
            return ($"unhandled {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}", Outcome.Diagnostics);
        }
    }

    static string Excerpt(string text) => text.Length > 3000 ? text[..3000] + "\n[...]" : text;
}
