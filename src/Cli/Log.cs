using System.CommandLine;

namespace Bindgen.Cli;

/// <summary>What a command prints besides its output: info unless --quiet, progress and warnings with --verbose; all on stderr.</summary>
public sealed record Log(bool Quiet, bool Verbose)
{
    public static Log From(ParseResult r) => new(r.GetValue(CliOptions.Quiet), r.GetValue(CliOptions.Verbose));
    public void Info(string message) { if (!Quiet) Console.Error.WriteLine(message); }
    public void Progress(string message) { if (Verbose) Console.Error.WriteLine(message); }
}
