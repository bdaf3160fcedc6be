using System.CommandLine;

namespace Bindgen.Cli;

/// <summary>Arguments and options shared by several commands, declared once.</summary>
public static class CliOptions
{
    public static Argument<string> Spec() => new("SPEC")
    {
        Description = "The binding spec (default: ./bindings.yaml)",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => "bindings.yaml",
    };

    public static Option<string[]> Target() => new("--target", "-t")
    {
        Description = "Target to generate: classic, abi3, hpy, cffi, cython, csharp or all (repeatable; default: every target the spec enables)",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> Out() => new("--out", "-o")
    {
        Description = "Output folder; each target goes to DIR/<target>/ (default: ./generated)",
        DefaultValueFactory = _ => "generated",
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print warnings (skipped declarations) and progress", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors", Recursive = true };

    public static readonly string[] TargetNames = ["classic", "abi3", "hpy", "cffi", "cython", "csharp", "all"];
}
