using System.Text.Json.Nodes;
using Bindgen.Tests.Support;
using Xunit.Abstractions;

namespace Bindgen.Tests.Cli;

/// <summary>
/// How much of a real header `bindgen init`'s starter spec binds correctly without edits: every function a
/// hand-checked reference spec (tests/cases/init/*.reference.yaml) binds is compared, role by role, with what the
/// untouched starter spec binds (buffers and their lengths, out params, strings, handles, the error convention's
/// kind). Alloc expressions, names and defaults are not init's to guess and are not compared. The README reports
/// these numbers; the floors below keep them from silently getting worse.
/// </summary>
public class InitAccuracyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("/usr/include/zlib.h", "zlib", 56)]
    [InlineData("/usr/include/bzlib.h", "bzlib", 9)]
    public void Starter_spec_binds_most_reference_declarations_as_the_reference_does(string header, string reference, int floor)
    {
        var dir = CliRunner.TempDir();
        Assert.Equal(0, CliRunner.Run(dir, "init", header, "--module", "m", "-o", "starter.yaml").ExitCode);
        var refSpec = ExpectedFile.Case($"init/{reference}.reference.yaml");
        var starter = Ir(dir, Path.Combine(dir, "starter.yaml"));
        var expected = Ir(dir, refSpec);

        var got = Fingerprints(starter);
        var want = Fingerprints(expected);
        var wrong = want.Where(kv => !got.TryGetValue(kv.Key, out var g) || g != kv.Value).Select(kv => kv.Key).ToList();
        int right = want.Count - wrong.Count;
        output.WriteLine($"{Path.GetFileName(header)}: {right}/{want.Count} reference functions bound correctly by the untouched starter spec");
        foreach (var name in wrong)
            output.WriteLine($"  {name}:\n    want {want[name]}\n    got  {(got.TryGetValue(name, out var g) ? g : "(not bound)")}");
        Assert.True(right >= floor, $"init accuracy on {header} fell to {right}/{want.Count} (floor {floor})");
    }

    static JsonNode Ir(string dir, string spec)
    {
        var r = CliRunner.Run(dir, "ir", spec, "-q");
        Assert.True(r.ExitCode == 0, r.Stderr);
        return JsonNode.Parse(r.Stdout)!;
    }

    /// <summary>c_name → what the binding does with each parameter, the return and errors, as comparable text.</summary>
    static Dictionary<string, string> Fingerprints(JsonNode ir)
    {
        var kinds = ir["errors"]!.AsArray().ToDictionary(e => (string)e!["name"]!, e => (string)e!["kind"]!);
        var result = new Dictionary<string, string>();
        var fns = ir["functions"]!.AsArray().Concat(ir["handles"]!.AsArray().SelectMany(h =>
            h!["methods"]!.AsArray().Append(h["constructor"]).Where(m => m is not null)));
        foreach (var f in fns)
        {
            var parts = new List<string>();
            foreach (var p in f!["params"]!.AsArray())
            {
                var role = p!["role"]!.DeepClone().AsObject();
                role.Remove("alloc");
                role.Remove("visible");
                parts.Add($"{p["c_name"]}={role.ToJsonString()}");
            }
            var ret = f["return"]!;
            parts.Add($"return={ret["kind"]}/{ret["ownership"]}/{ret["free"]}");
            var err = f["error_check"]?["error"]?.GetValue<string>();
            parts.Add("error=" + (err is null ? "none" : kinds[err]));
            parts.Add("method_of=" + (f["method_of"]?.GetValue<string>() ?? "none"));
            result[(string)f["c_name"]!] = string.Join("; ", parts);
        }
        return result;
    }
}
