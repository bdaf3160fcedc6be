using System.CommandLine;
using System.Diagnostics;

namespace Bindgen.Cli;

/// <summary>
/// What a command prints besides its output, all on stderr: info unless --quiet; progress and warnings with
/// --verbose. Phases (parse, bind, emit, write, …) report their timing with --verbose, and also without it once
/// a run has taken longer than a second, so long runs on big headers show where the time goes; --quiet silences them.
/// </summary>
public sealed record Log(bool Quiet, bool Verbose)
{
    /// <summary>After this many milliseconds phases are reported even without --verbose. BINDGEN_PROGRESS_MS overrides
    /// it (internal: tests set 0 to act as a slow run).</summary>
    public static long SlowMs => long.TryParse(Environment.GetEnvironmentVariable("BINDGEN_PROGRESS_MS"), out var ms) ? ms : 1000;

    readonly Stopwatch _clock = Stopwatch.StartNew();
    long _phaseStart;

    public static Log From(ParseResult r) => new(r.GetValue(CliOptions.Quiet), r.GetValue(CliOptions.Verbose));
    public void Info(string message) { if (!Quiet) Console.Error.WriteLine(message); }
    public void Progress(string message) { if (Verbose) Console.Error.WriteLine(message); }

    /// <summary>Ends the current phase: "bindgen: parse: 3 header(s), 120 declarations (812 ms; 0.9 s total)".</summary>
    public void Phase(string name, string detail = "")
    {
        var now = _clock.ElapsedMilliseconds;
        var took = now - _phaseStart;
        _phaseStart = now;
        if (Quiet || !(Verbose || now >= SlowMs)) return;
        Console.Error.WriteLine($"bindgen: {name}{(detail.Length > 0 ? ": " + detail : "")} ({took} ms; {now / 1000.0:0.0} s total)");
    }
}
