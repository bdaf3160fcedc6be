using System.CommandLine;

namespace Bindgen.Cli.Options;

/// <summary>
/// The C compiler's options every C tool takes (`-D NAME[=VALUE]`, `-I DIR`, `--clang-arg ARG`), for commands that
/// parse headers without a spec (`init`, `coverage`). A header that needs a define (pcre2.h's PCRE2_CODE_UNIT_WIDTH)
/// cannot be parsed otherwise, and `-D` would be read as a header name.
/// </summary>
public sealed record CompilerOptions(
    IReadOnlyList<KeyValuePair<string, string>> Defines, IReadOnlyList<string> IncludeDirs, IReadOnlyList<string> ClangArgs)
{
    public static readonly Option<string[]> Define = new("--define", "-D")
    { Description = "Preprocessor definition NAME[=VALUE] for the parser (repeatable; written into defines:)", Arity = ArgumentArity.ZeroOrMore };
    public static readonly Option<string[]> Include = new("--include-dir", "-I")
    { Description = "Directory searched for included headers (repeatable; written into include_dirs:)", Arity = ArgumentArity.ZeroOrMore };
    public static readonly Option<string[]> ClangArg = new("--clang-arg")
    { Description = "Extra argument passed to libclang as it is (repeatable; written into clang_args:)", Arity = ArgumentArity.ZeroOrMore };

    public bool IsEmpty => Defines.Count == 0 && IncludeDirs.Count == 0 && ClangArgs.Count == 0;

    public static void AddTo(Command cmd)
    {
        cmd.Options.Add(Define);
        cmd.Options.Add(Include);
        cmd.Options.Add(ClangArg);
    }

    /// <summary>Include dirs become absolute (relative to the current directory, as a compiler reads them);
    /// a bare -DNAME keeps an empty value, which the parser passes as -DNAME.</summary>
    public static CompilerOptions From(ParseResult r) => new(
        (r.GetValue(Define) ?? []).Select(Split).ToList(),
        (r.GetValue(Include) ?? []).Select(Path.GetFullPath).ToList(),
        r.GetValue(ClangArg) ?? []);

    public static readonly CompilerOptions None = new([], [], []);

    static KeyValuePair<string, string> Split(string d)
    {
        int eq = d.IndexOf('=');
        return eq < 0 ? new(d, "") : new(d[..eq], d[(eq + 1)..]);
    }
}
