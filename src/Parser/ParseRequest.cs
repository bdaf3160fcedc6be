using Bindgen.Model;
using Bindgen.Model.Spec;

namespace Bindgen.Parser;

/// <summary>A header named by the spec; SpecLocation is where, so a missing header points back at the spec line.</summary>
public sealed record HeaderRef(string Name, SourceLocation SpecLocation);

/// <summary>
/// What to parse: headers (resolved against SearchDirs, then the system include path), the
/// preprocessor defines (an empty value means a bare -DNAME) and extra clang arguments.
/// </summary>
public sealed record ParseRequest(
    IReadOnlyList<HeaderRef> Headers,
    IReadOnlyList<string> SearchDirs,
    IReadOnlyList<KeyValuePair<string, string>> Defines,
    IReadOnlyList<string> ClangArgs)
{
    /// <summary>Names (with * and ? wildcards) of declarations to keep even when they live in a header the listed ones include.</summary>
    public IReadOnlyList<string> IncludeGlobs { get; init; } = [];
    /// <summary>Exact names the spec asks for (NamedDeclarations): kept wherever the translation unit declares them.</summary>
    public IReadOnlyList<string> NamedDeclarations { get; init; } = [];
    /// <summary>macros_as_functions: function-like macro name → C signature ("int (int x)"); each becomes a CFunction with IsMacro.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> MacroFunctions { get; init; } = [];

    /// <summary>Everything a spec asks of the parser: its headers, include_dirs then its own folder, defines, clang_args,
    /// include globs and macros_as_functions. The one place that reads those keys for parsing (CLI and tests alike).</summary>
    public static ParseRequest For(BindingSpec spec)
    {
        var dirs = spec.IncludeDirs.Select(d => Path.GetFullPath(Path.Combine(spec.SpecDirectory, d))).Append(spec.SpecDirectory).ToList();
        var headers = spec.Headers.Select(h => new HeaderRef(h, spec.At("headers"))).ToList();
        return new ParseRequest(headers, dirs, spec.Defines, spec.ClangArgs) { IncludeGlobs = spec.Include, NamedDeclarations = Parser.NamedDeclarations.Of(spec), MacroFunctions = spec.MacrosAsFunctions };
    }
}
