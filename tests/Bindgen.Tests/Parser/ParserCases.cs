using Bindgen.Model;
using Bindgen.Model.C;
using Bindgen.Parser;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Parser;

/// <summary>Parses headers under tests/cases/parser and renders the model machine-independently.</summary>
internal static class ParserCases
{
    public static string Dir => ExpectedFile.Case("parser");

    public static string PathOf(string relative) => Path.Combine(Dir, relative);

    public static CHeader Parse(string relative, IReadOnlyList<string>? includeGlobs = null,
        IReadOnlyList<KeyValuePair<string, string>>? defines = null) =>
        ParseHeaders([relative], [Dir], includeGlobs, defines);

    public static CHeader ParseHeaders(IReadOnlyList<string> names, IReadOnlyList<string> searchDirs,
        IReadOnlyList<string>? includeGlobs = null, IReadOnlyList<KeyValuePair<string, string>>? defines = null) =>
        HeaderParser.Parse(new ParseRequest(
            names.Select(n => new HeaderRef(n, new SourceLocation("spec.yaml", 1, 1))).ToList(),
            searchDirs,
            defines ?? [],
            [])
        {
            IncludeGlobs = includeGlobs ?? [],
        });

    public static CHeader System(string header, params string[] includeGlobs) =>
        ParseHeaders([header], [], includeGlobs);

    /// <summary>The model's JSON with the repository root stripped from every path (locations, headers, clang's anonymous-type spellings).</summary>
    public static string RelativeJson(CHeader header) =>
        ModelJson.Serialize(header).Replace(ExpectedFile.RepoRoot() + Path.DirectorySeparatorChar, "");

    public static void MatchExpectation(string relativeHeader)
    {
        var header = Parse(relativeHeader);
        ExpectedFile.Match(RelativeJson(header), PathOf(Path.ChangeExtension(relativeHeader, ".model.json")));
    }
}
