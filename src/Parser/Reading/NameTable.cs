using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Reading;

/// <summary>
/// One name per struct/union/enum entity, shared by the record list and every type that
/// references it. Tagged: the tag. `typedef struct {…} t;`: t. Anonymous members and
/// unnamed-typed fields get names from their parent (Parent__anon0, Parent_field), assigned
/// by RecordReader before the fields' types are mapped.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<nint, string> _names = new();
    private readonly HashSet<nint> _anonymous = new();
    private readonly Dictionary<nint, string> _cSpellings = new();
    // clang's spelling of an unnamed type ("struct (unnamed at x.h:3:5)") -> a spelling C accepts.
    private readonly Dictionary<string, string> _unnamed = new(StringComparer.Ordinal);
    private int _counter;

    /// <summary>
    /// Names an untagged entity from its context. cSpelling is how C code can still name it (`__typeof__`
    /// through the field that declares it), or null when C cannot (an anonymous member).
    /// </summary>
    public void Assign(CXCursor decl, string name, string? cSpelling)
    {
        var key = decl.DeclKey();
        _names[key] = name;
        _anonymous.Add(key);
        if (cSpelling is null) return;
        _cSpellings[key] = cSpelling;
        if (UnnamedAt.Match(decl.Type().Spelling()) is { Success: true } m) _unnamed[m.Groups[1].Value] = cSpelling;
    }

    /// <summary>How C code spells an untagged entity (typedef name or `__typeof__(…)`); null for a tagged one or one C cannot name.</summary>
    public string? CSpellingOf(CXCursor decl)
    {
        NameOf(decl);
        return _cSpellings.GetValueOrDefault(decl.DeclKey());
    }

    /// <summary>How C code spells a record or enum: `struct tag`, its typedef name, `__typeof__(…)`, or null.</summary>
    public string? CodeSpellingOf(CXCursor decl)
    {
        if (!IsAnonymous(decl))
            return (decl.Kind() switch { CXCursorKind.UnionDecl => "union ", CXCursorKind.EnumDecl => "enum ", _ => "struct " }) + NameOf(decl);
        return CSpellingOf(decl);
    }

    /// <summary>
    /// clang spells a type built on an unnamed record or enum with its location ("enum (unnamed enum at x.h:5:3)"),
    /// which no compiler accepts; replaces each such part by the entity's C spelling where there is one.
    /// </summary>
    public string Respell(string clangSpelling)
    {
        if (!clangSpelling.Contains("(unnamed ", StringComparison.Ordinal) && !clangSpelling.Contains("(anonymous ", StringComparison.Ordinal))
            return clangSpelling;
        return UnnamedAt.Replace(clangSpelling, m => _unnamed.GetValueOrDefault(m.Groups[1].Value) ?? m.Value);
    }

    // "struct (unnamed at x.h:3:5)", "enum (unnamed enum at x.h:3:5)", "union (anonymous union at …)": keyed by the location.
    private static readonly System.Text.RegularExpressions.Regex UnnamedAt =
        new(@"(?:struct |union |enum )?\((?:unnamed|anonymous)(?: struct| union| enum)? at ([^)]+)\)", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>True when the entity has no tag of its own (its name is a typedef name or synthesized).</summary>
    public bool IsAnonymous(CXCursor decl)
    {
        NameOf(decl);
        return _anonymous.Contains(decl.DeclKey());
    }

    public string NameOf(CXCursor decl)
    {
        var key = decl.DeclKey();
        if (_names.TryGetValue(key, out var name)) return name;
        name = decl.Spelling();
        if (name.Length == 0)
        {
            _anonymous.Add(key);
            name = TypedefName(decl) ?? Synthesize(decl);
            // `typedef struct {…} t;`: C spells the record t, as clang already does.
            if (TypedefName(decl) is { } typedefName) _cSpellings[key] = typedefName;
        }
        _names[key] = name;
        return name;
    }

    /// <summary>clang 14 spells a typedef-named anonymous tag type by its typedef name (and says it is not anonymous).</summary>
    private static string? TypedefName(CXCursor decl)
    {
        if (clang_Cursor_isAnonymous(decl) != 0) return null;
        var spelling = decl.Type().Spelling();
        return IsIdentifier(spelling) ? spelling : null;
    }

    private string Synthesize(CXCursor decl)
    {
        if (decl.Kind() == CXCursorKind.EnumDecl)
        {
            // The first constant names a top-level `enum { A, B };` stably across edits elsewhere in the header.
            var first = decl.Children().FirstOrDefault(c => c.Kind() == CXCursorKind.EnumConstantDecl);
            if (first.kind == CXCursorKind.EnumConstantDecl) return "__anon_enum_" + first.Spelling();
            return $"__anon_enum{_counter++}";
        }
        var kind = decl.Kind() == CXCursorKind.UnionDecl ? "union" : "struct";
        return $"__anon_{kind}{_counter++}";
    }

    internal static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsAsciiLetter(s[0]) || s[0] == '_') && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
