using Bindgen.Emitters.Common;
using Bindgen.Model.C;

namespace Bindgen.Emitters.Cffi;

/// <summary>Prints C declarations from the C model in the subset of C that cffi's cdef parser accepts.</summary>
public static class CDeclarator
{
    /// <summary>Typedef names cffi knows without a declaration (cffi.commontypes and its primitive table); never redeclared.</summary>
    public static readonly HashSet<string> KnownTypedefs =
    [
        "FILE", "bool", "char16_t", "char32_t", "wchar_t", "size_t", "ssize_t", "ptrdiff_t", "intptr_t", "uintptr_t",
        "intmax_t", "uintmax_t",
        "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
        "int_least8_t", "int_least16_t", "int_least32_t", "int_least64_t",
        "uint_least8_t", "uint_least16_t", "uint_least32_t", "uint_least64_t",
        "int_fast8_t", "int_fast16_t", "int_fast32_t", "int_fast64_t",
        "uint_fast8_t", "uint_fast16_t", "uint_fast32_t", "uint_fast64_t",
    ];

    /// <summary>Resolves a record/enum reference to how it is written; anonymous ones are printed inline by the caller.</summary>
    public interface INames
    {
        string RecordRef(CRecordType r);
        string EnumRef(CEnumType e);
    }

    /// <summary>`T name` with C declarator syntax (pointers to functions and arrays parenthesized).</summary>
    public static string Declare(CType t, string name, INames names)
    {
        switch (t)
        {
            case CPointerType p:
            {
                var inner = "*" + (p.IsConst ? "const " : "") + name;
                if (p.Pointee is CFunctionType || p.Pointee is CArrayType) inner = "(" + inner + ")";
                return Declare(p.Pointee, inner, names);
            }
            case CArrayType a:
                return Declare(a.Element, name + "[" + (a.Length?.ToString() ?? "") + "]", names);
            case CFunctionType f:
            {
                var ps = new List<string>();
                for (int i = 0; i < f.Params.Count; i++)
                {
                    var pn = i < f.ParamNames.Count ? SafeParamName(f.ParamNames[i]) : "";
                    ps.Add(Declare(f.Params[i], pn, names));
                }
                if (f.IsVariadic) ps.Add("...");
                if (ps.Count == 0) ps.Add("void");
                return Declare(f.Return, name + "(" + string.Join(", ", ps) + ")", names);
            }
            default:
                var baseName = (t.IsConst ? "const " : "") + BaseName(t, names);
                return name.Length == 0 ? baseName : baseName + " " + name;
        }
    }

    /// <summary>A parameter name that cannot be mistaken for a type name by cffi's parser (empty drops it).</summary>
    public static string SafeParamName(string name) => KnownTypedefs.Contains(name) ? "" : name;

    static string BaseName(CType t, INames names) => t switch
    {
        CTypedefType td => td.Name,
        CRecordType r => names.RecordRef(r),
        CEnumType e => names.EnumRef(e),
        CPrimitiveType p => Primitive(p.Primitive),
        CUnsupportedType u => throw new NotSupportedException($"unsupported type '{u.Spelling}': {u.Reason}"),
        _ => throw new NotSupportedException($"type '{t.Spelling}' cannot be declared for cffi"),
    };

    public static string Primitive(CPrimitiveKind k) => CText.Primitive(k) ?? throw new NotSupportedException($"cffi has no type for {k}");
}
