using Bindgen.Model;

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
    /// <summary>macros_as_functions: function-like macro name → C signature ("int (int x)"); each becomes a CFunction with IsMacro.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> MacroFunctions { get; init; } = [];
}
