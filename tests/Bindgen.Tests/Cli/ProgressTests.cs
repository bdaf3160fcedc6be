using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>Phase timings on stderr: with -v always, without it once a run is slow (BINDGEN_PROGRESS_MS=0 acts as
/// a slow run, a huge value as a fast one), never with -q; stdout stays the command's output.</summary>
public class ProgressTests
{
    static string ZlibSpec => Path.Combine(ExpectedFile.RepoRoot(), "examples", "zlib", "bindings.yaml");
    static readonly string[] Phases = ["bindgen: spec", "bindgen: parse: 1 header(s)", "bindgen: bind:", "bindgen: emit:", "bindgen: write:"];

    static CliRunner.Result Gen(string threshold, params string[] extra) =>
        CliRunner.RunWithEnv(CliRunner.TempDir(), new Dictionary<string, string> { ["BINDGEN_PROGRESS_MS"] = threshold },
            ["gen", ZlibSpec, "--target", "cffi", "--out", "g", .. extra]);

    [Fact]
    public void Verbose_reports_every_phase_with_its_time()
    {
        var r = Gen("100000000", "-v");
        Assert.Equal(0, r.ExitCode);
        foreach (var p in Phases) Assert.Contains(p, r.Stderr);
        Assert.Matches(@"bindgen: parse: .*\(\d+ ms; \d+\.\d s total\)", r.Stderr);
    }

    [Fact]
    public void A_fast_run_is_silent_about_phases_a_slow_one_reports_them_and_quiet_silences_both()
    {
        var fast = Gen("100000000");
        Assert.Equal(0, fast.ExitCode);
        Assert.DoesNotContain("bindgen: parse", fast.Stderr);

        var slow = Gen("0");
        Assert.Equal(0, slow.ExitCode);
        foreach (var p in Phases) Assert.Contains(p, slow.Stderr);

        var quiet = Gen("0", "-q");
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Stderr);
    }

    [Fact]
    public void Ir_keeps_stdout_pure_json_while_phases_go_to_stderr()
    {
        var r = CliRunner.RunWithEnv(CliRunner.TempDir(), new Dictionary<string, string> { ["BINDGEN_PROGRESS_MS"] = "0" }, "ir", ZlibSpec);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("{", r.Stdout.TrimStart());
        Assert.Contains("bindgen: bind:", r.Stderr);
    }
}
