using Bindgen.Emitters.Common;
using System.Text.RegularExpressions;
using Bindgen.Model.C;

namespace Bindgen.Emitters.Cython;

/// <summary>
/// C types in Cython syntax. Two uses: declarators for the .pxd (from the C model), and spellings for the
/// .pyx, where every header name is qualified with the cimported .pxd module (<see cref="Prefix"/>).
/// </summary>
public static partial class CyTypes
{
    /// <summary>The name the .pyx cimports the .pxd as.</summary>
    public const string Prefix = "_c.";

    /// <summary>Names Cython knows or the .pxd/.pyx cimport from libc; they are never redeclared nor qualified.</summary>
    public static readonly IReadOnlyList<string> StdintNames =
    [
        "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
        "intptr_t", "uintptr_t", "intmax_t", "uintmax_t",
        "int_least8_t", "int_least16_t", "int_least32_t", "int_least64_t",
        "uint_least8_t", "uint_least16_t", "uint_least32_t", "uint_least64_t",
        "int_fast8_t", "int_fast16_t", "int_fast32_t", "int_fast64_t",
        "uint_fast8_t", "uint_fast16_t", "uint_fast32_t", "uint_fast64_t",
    ];

    static readonly HashSet<string> Builtin = ["size_t", "ssize_t", "ptrdiff_t", "Py_ssize_t"];

    /// <summary>Typedef names that come from the C library: declared by libc cimports, not by us.</summary>
    public static bool IsStandard(string name) => StdintNames.Contains(name) || Builtin.Contains(name) || name is "wchar_t" or "FILE";

    static readonly HashSet<string> Words =
        ["const", "volatile", "unsigned", "signed", "long", "short", "int", "char", "float", "double", "void"];

    /// <summary>Identifiers that are keywords in Python or Cython: such C names are declared as NAME_ "NAME".</summary>
    public static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "print", "exec",
        "cdef", "cpdef", "ctypedef", "cimport", "nogil", "gil", "include", "struct", "union", "enum", "extern",
        "inline", "public", "readonly", "api", "by", "DEF", "IF", "ELIF", "ELSE", "property", "new", "sizeof", "NULL",
        "object", "bint", "type", "noexcept", "fused", "namespace", "operator",
    ];

    /// <summary>A C identifier as a Cython name (with its C name in quotes when it had to be renamed).</summary>
    public static string Name(string cname) => Keywords.Contains(cname) ? $"{cname}_ \"{cname}\"" : cname;

    /// <summary>A C name usable as a Cython identifier in expressions (renamed the same way as <see cref="Name"/>).</summary>
    public static string Ident(string cname) => Keywords.Contains(cname) ? cname + "_" : cname;

    /// <summary>
    /// Functions and globals named like a struct/union/enum tag of the header (`enum shade shade(int)`): C keeps
    /// tags apart, a .pxd has one namespace, so these are declared under a Cython name with a trailing underscore
    /// and their C name in quotes (<see cref="Name(string, bool)"/>), and called by that name.
    /// </summary>
    public static HashSet<string> TagClashes(CHeader h)
    {
        var tags = h.Records.Select(r => r.Name).Concat(h.Enums.Select(e => e.Name)).ToHashSet();
        return h.Functions.Select(f => f.Name).Concat(h.Variables.Select(v => v.Name)).Where(tags.Contains).ToHashSet();
    }

    /// <summary><see cref="Name(string)"/>, or renamed when the name clashes with a tag.</summary>
    public static string Name(string cname, bool clashes) => clashes ? $"{cname}_ \"{cname}\"" : Name(cname);

    /// <summary><see cref="Ident(string)"/>, or renamed when the name clashes with a tag.</summary>
    public static string Ident(string cname, bool clashes) => clashes ? cname + "_" : Ident(cname);

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*|\d+|\S")]
    private static partial Regex Token();

    /// <summary>
    /// A C spelling from the IR ("const Bytef *", "struct demo_shape", "uLongf") as a Cython type for the .pyx:
    /// tags dropped, bool as bint, header names qualified with <see cref="Prefix"/>.
    /// </summary>
    public static string Pyx(string spelling)
    {
        var parts = new List<string>();
        foreach (Match m in Token().Matches(spelling))
        {
            var t = m.Value;
            if (t is "struct" or "union" or "enum" or "restrict" or "__restrict" or "__restrict__") continue;
            if (t is "_Bool" or "bool") parts.Add("bint");
            else if (Words.Contains(t) || IsStandard(t) || !char.IsLetter(t[0]) && t[0] != '_') parts.Add(t);
            else parts.Add(Prefix + Ident(t));
        }
        return Join(parts);
    }

    static string Join(List<string> parts)
    {
        var s = new System.Text.StringBuilder();
        foreach (var p in parts)
        {
            if (s.Length > 0 && p != "*" && s[^1] != '*') s.Append(' ');
            else if (s.Length > 0 && p == "*" && s[^1] != '*') s.Append(' ');
            s.Append(p);
        }
        return s.ToString();
    }

    /// <summary>
    /// A declaration of NAME with type T in Cython syntax (C declarator rules: pointers, arrays, function pointers).
    /// Returns null when the type has no Cython spelling (int128, vector types).
    /// </summary>
    public static string? Declare(CType t, string name, Func<string, string>? typeName = null)
    {
        typeName ??= n => n;
        switch (t)
        {
            case CTypedefType td:
                return IsVaList(td.Name) ? null : Join(Const(t), typeName(td.Name), name);
            case CPrimitiveType p:
                var prim = Primitive(p.Primitive);
                return prim is null ? null : Join(Const(t), prim, name);
            case CRecordType r:
                return Join(Const(t), typeName(r.Name), name);
            case CEnumType e:
                return Join(Const(t), typeName(e.Name), name);
            case CPointerType ptr:
                var inner = ptr.Pointee is CArrayType or CFunctionType ? $"(*{name})" : "*" + name;
                return Declare(ptr.Pointee, inner, typeName);
            case CArrayType arr:
                return Declare(arr.Element, $"{name}[{arr.Length?.ToString() ?? ""}]", typeName);
            case CFunctionType fn:
                var ps = new List<string>();
                for (int i = 0; i < fn.Params.Count; i++)
                {
                    var pn = i < fn.ParamNames.Count && fn.ParamNames[i].Length > 0 ? Ident(fn.ParamNames[i]) : "";
                    var d = Declare(fn.Params[i], pn, typeName);
                    if (d is null) return null;
                    ps.Add(d.Trim());
                }
                if (fn.IsVariadic) ps.Add("...");
                // Pointers to functions are noexcept (Cython 3's default for extern declarations, spelled out so
                // both 0.29 and 3 agree with the noexcept trampolines the .pyx assigns to them).
                // (Left out when the function returns a function pointer: no spelling both versions parse.)
                var noexcept = name.StartsWith("(*") && Pointee(fn.Return) is not CFunctionType ? " noexcept" : "";
                return Declare(fn.Return, $"{name}({string.Join(", ", ps)})", typeName) is { } fd ? fd + noexcept : null;
            default:
                return null;
        }
    }

    /// <summary>va_list has no portable Cython spelling: declarations that use it are left out (with a comment).</summary>
    public static bool IsVaList(string name) => name is "va_list" or "__gnuc_va_list" or "__builtin_va_list" or "__va_list_tag";

    static CType? Pointee(CType t) => t.Canonical is CPointerType p ? p.Pointee.Canonical : null;

    static string Const(CType t) => t.IsConst ? "const " : "";

    static string Join(string konst, string type, string name) => name.Length == 0 ? konst + type : $"{konst}{type} {name}";

    // Cython spells C's _Bool as bint and has no char16_t/char32_t.
    static string? Primitive(CPrimitiveKind k) => k switch
    {
        CPrimitiveKind.Bool => "bint",
        CPrimitiveKind.Char16 or CPrimitiveKind.Char32 => null,
        _ => CText.Primitive(k),
    };

    /// <summary>Every named type (typedef, record, enum) a type mentions, with whether it is needed complete (by value).</summary>
    public static IEnumerable<(string Kind, string Name, bool ByValue)> Mentions(CType t, bool byValue = true)
    {
        switch (t)
        {
            case CTypedefType td:
                yield return ("typedef", td.Name, true);
                break;
            case CRecordType r:
                yield return ("record", r.Name, byValue);
                break;
            case CEnumType e:
                yield return ("enum", e.Name, true);
                break;
            case CPointerType p:
                foreach (var m in Mentions(p.Pointee, false)) yield return m;
                break;
            case CArrayType a:
                foreach (var m in Mentions(a.Element, byValue)) yield return m;
                break;
            case CFunctionType f:
                foreach (var m in Mentions(f.Return, false)) yield return m;
                foreach (var x in f.Params) foreach (var m in Mentions(x, false)) yield return m;
                break;
        }
    }
}
