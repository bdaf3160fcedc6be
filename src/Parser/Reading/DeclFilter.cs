using Bindgen.Model;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Reading;

/// <summary>
/// Decides which declarations belong to the spec's headers: those written in a resolved header,
/// plus those elsewhere whose name matches an include glob or that the spec names explicitly (an umbrella header's
/// `lib/*.h`: see NamedDeclarations).
/// </summary>
internal sealed class DeclFilter
{
    private readonly TranslationUnit _tu;
    private readonly HashSet<string> _headers;
    private readonly IReadOnlyList<string> _globs;
    private readonly HashSet<string> _named;
    private readonly Dictionary<nint, bool> _fileIsHeader = new();
    private readonly Dictionary<nint, string> _paths = new();

    public DeclFilter(TranslationUnit tu, IEnumerable<string> headers, IReadOnlyList<string> globs, IReadOnlyList<string> named)
    {
        _named = new HashSet<string>(named, StringComparer.Ordinal);
        _tu = tu;
        _headers = new HashSet<string>(headers, StringComparer.Ordinal);
        _globs = globs;
    }

    public bool HasGlobs => _globs.Count > 0 || _named.Count > 0;

    public bool InHeaders(nint file)
    {
        if (file == 0) return false;
        if (!_fileIsHeader.TryGetValue(file, out var kept))
            _fileIsHeader[file] = kept = _headers.Contains(PathOf(file));
        return kept;
    }

    public bool NameMatches(string name) => name.Length > 0 && (_named.Contains(name) || Bindgen.Model.Binder.Globs.AnyMatches(_globs, name));

    /// <summary>Named explicitly by the spec (not merely matched by a glob).</summary>
    public bool IsNamed(string name) => _named.Contains(name);

    /// <summary>Kept only because the spec names it: outside the headers and matched by no include glob.</summary>
    public bool KeptOnlyByName(FilePos pos, string name) =>
        !InHeaders(pos.File) && _named.Contains(name) && !Bindgen.Model.Binder.Globs.AnyMatches(_globs, name);

    /// <summary>File check first: it is a dictionary hit, the name costs a string.</summary>
    public bool Keeps(FilePos pos, Func<string> name) => InHeaders(pos.File) || (HasGlobs && NameMatches(name()));

    public FilePos Position(CXCursor cursor) => TranslationUnit.Expansion(clang_getCursorLocation(cursor));

    public string PathOf(nint file)
    {
        if (!_paths.TryGetValue(file, out var path))
            _paths[file] = path = Path.GetFullPath(_tu.FileName(file));
        return path;
    }

    public SourceLocation Location(FilePos pos) =>
        pos.File == 0 ? SourceLocation.None : new SourceLocation(PathOf(pos.File), pos.Line, pos.Column);

    public SourceLocation Location(CXCursor cursor) => Location(Position(cursor));
}
