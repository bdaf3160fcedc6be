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
    private int _counter;

    public void Assign(CXCursor decl, string name)
    {
        var key = decl.DeclKey();
        _names[key] = name;
        _anonymous.Add(key);
    }

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
