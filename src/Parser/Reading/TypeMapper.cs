using Bindgen.Model.C;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Reading;

/// <summary>
/// CXType → CType. Typedef chains are kept; elaborated `struct x` keeps its written spelling
/// but maps to the record it names. Results are cached per clang type, which is sound because
/// records and enums are referenced by name only (no cycles, nothing decl-specific inside).
/// </summary>
internal sealed class TypeMapper(NameTable names)
{
    private readonly Dictionary<(CXTypeKind, nint, nint), CType> _cache = new();

    public CType Map(CXType type)
    {
        var key = (type.kind, type.data0, type.data1);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var mapped = MapUncached(type);
        _cache[key] = mapped;
        return mapped;
    }

    /// <summary>
    /// The declared type of a field, typedef, parameter or variable. Function-pointer declarators
    /// carry their parameter names as ParmDecl children; they are attached to the function type.
    /// </summary>
    public CType MapDeclared(CXCursor decl, CXType type)
    {
        var mapped = Map(type);
        var parms = decl.Children().Where(c => c.Kind() == CXCursorKind.ParmDecl).ToList();
        if (parms.Count == 0 || decl.Kind() == CXCursorKind.FunctionDecl) return mapped;
        var paramNames = parms.Select(p => p.Spelling()).ToList();
        return paramNames.All(n => n.Length == 0) ? mapped : WithParamNames(mapped, paramNames);
    }

    private static CType WithParamNames(CType type, IReadOnlyList<string> paramNames) => type switch
    {
        CPointerType p => p with { Pointee = WithParamNames(p.Pointee, paramNames) },
        CFunctionType f when f.Params.Count == paramNames.Count => f with { ParamNames = paramNames },
        _ => type,
    };

    private CType MapUncached(CXType type)
    {
        var spelling = names.Respell(type.Spelling());
        var common = (Spelling: spelling, IsConst: type.IsConst(), IsVolatile: type.IsVolatile(), Size: type.SizeOf(), Align: type.AlignOf());
        CType result = type.kind switch
        {
            CXTypeKind.Pointer => new CPointerType(Map(clang_getPointeeType(type))) { Spelling = spelling },
            CXTypeKind.Typedef => MapTypedef(type, spelling),
            CXTypeKind.Elaborated or CXTypeKind.Attributed => Map(type.Unelaborated()),
            CXTypeKind.Record => MapRecord(type, spelling),
            CXTypeKind.Enum => new CEnumType(names.NameOf(type.Declaration())) { Spelling = spelling },
            CXTypeKind.ConstantArray => new CArrayType(Map(clang_getArrayElementType(type)), clang_getArraySize(type)) { Spelling = spelling },
            CXTypeKind.IncompleteArray => new CArrayType(Map(clang_getArrayElementType(type)), null) { Spelling = spelling },
            CXTypeKind.FunctionProto or CXTypeKind.FunctionNoProto => MapFunction(type, spelling),
            CXTypeKind.Unexposed => MapUnexposed(type, spelling),
            _ => Primitive(type.kind) is { } p ? p with { Spelling = spelling } : Unsupported(type, spelling),
        };
        // GNU C gives functions sizeof 1; the model says functions have no size.
        if (result.Canonical is CFunctionType) common.Size = common.Align = -1;
        // Qualifiers and layout always describe this exact type (an elaborated `const struct x` included).
        return result with { Spelling = common.Spelling, IsConst = common.IsConst, IsVolatile = common.IsVolatile, Size = common.Size, Align = common.Align };
    }

    private CType MapTypedef(CXType type, string spelling)
    {
        var decl = type.Declaration();
        var name = clang_getTypedefName(type).ToManaged();
        if (name.Length == 0) name = decl.Spelling();
        return new CTypedefType(name, MapDeclared(decl, clang_getTypedefDeclUnderlyingType(decl))) { Spelling = spelling };
    }

    private CType MapRecord(CXType type, string spelling)
    {
        var decl = type.Declaration();
        return new CRecordType(names.NameOf(decl), decl.Kind() == CXCursorKind.UnionDecl) { Spelling = spelling };
    }

    public CFunctionType MapFunction(CXType type, string spelling)
    {
        var count = Math.Max(clang_getNumArgTypes(type), 0);
        var parameters = new CType[count];
        for (uint i = 0; i < count; i++) parameters[i] = Map(clang_getArgType(type, i));
        // `int f()` has no prototype: clang calls it variadic, but it is the old spelling of "no parameters" in headers.
        var variadic = type.kind == CXTypeKind.FunctionProto && clang_isFunctionTypeVariadic(type) != 0;
        return new CFunctionType(Map(clang_getResultType(type)), parameters, variadic,
            CallingConventionName(clang_getFunctionTypeCallingConv(type))) { Spelling = spelling };
    }

    /// <summary>Unexposed sugar (e.g. a function type with attributes) still has a modelled canonical form.</summary>
    private CType MapUnexposed(CXType type, string spelling)
    {
        var canonical = type.Canonical();
        return canonical.kind == CXTypeKind.Unexposed || canonical.SameAs(type)
            ? Unsupported(type, spelling)
            : Map(canonical);
    }

    private static CUnsupportedType Unsupported(CXType type, string spelling)
    {
        var reason = type.kind switch
        {
            CXTypeKind.Vector or CXTypeKind.ExtVector => "vector type",
            CXTypeKind.Complex => "_Complex type",
            CXTypeKind.Atomic => "_Atomic type",
            CXTypeKind.BlockPointer => "block pointer",
            CXTypeKind.VariableArray => "variable-length array",
            _ => clang_getTypeKindSpelling(type.kind).ToManaged() + " type",
        };
        return new CUnsupportedType($"{reason} '{spelling}'") { Spelling = spelling };
    }

    internal static CPrimitiveType? Primitive(CXTypeKind kind)
    {
        var (primitive, signed) = kind switch
        {
            CXTypeKind.Void => (CPrimitiveKind.Void, false),
            CXTypeKind.Bool => (CPrimitiveKind.Bool, false),
            CXTypeKind.CharS => (CPrimitiveKind.Char, true),
            CXTypeKind.CharU => (CPrimitiveKind.Char, false),
            CXTypeKind.SChar => (CPrimitiveKind.SChar, true),
            CXTypeKind.UChar => (CPrimitiveKind.UChar, false),
            CXTypeKind.Short => (CPrimitiveKind.Short, true),
            CXTypeKind.UShort => (CPrimitiveKind.UShort, false),
            CXTypeKind.Int => (CPrimitiveKind.Int, true),
            CXTypeKind.UInt => (CPrimitiveKind.UInt, false),
            CXTypeKind.Long => (CPrimitiveKind.Long, true),
            CXTypeKind.ULong => (CPrimitiveKind.ULong, false),
            CXTypeKind.LongLong => (CPrimitiveKind.LongLong, true),
            CXTypeKind.ULongLong => (CPrimitiveKind.ULongLong, false),
            CXTypeKind.Int128 => (CPrimitiveKind.Int128, true),
            CXTypeKind.UInt128 => (CPrimitiveKind.UInt128, false),
            CXTypeKind.Float => (CPrimitiveKind.Float, true),
            CXTypeKind.Double => (CPrimitiveKind.Double, true),
            CXTypeKind.LongDouble => (CPrimitiveKind.LongDouble, true),
            // wchar_t is int on the Linux/x86-64 targets this tool runs on.
            CXTypeKind.WChar => (CPrimitiveKind.WChar, true),
            CXTypeKind.Char16 => (CPrimitiveKind.Char16, false),
            CXTypeKind.Char32 => (CPrimitiveKind.Char32, false),
            _ => ((CPrimitiveKind?)null, false),
        };
        return primitive is { } p ? new CPrimitiveType(p) { Spelling = "", IsSigned = signed } : null;
    }

    internal static string CallingConventionName(CXCallingConv cc) => cc switch
    {
        CXCallingConv.Default or CXCallingConv.C => "cdecl",
        CXCallingConv.X86StdCall => "stdcall",
        CXCallingConv.X86FastCall => "fastcall",
        CXCallingConv.X86ThisCall => "thiscall",
        CXCallingConv.X86VectorCall => "vectorcall",
        CXCallingConv.X86RegCall => "regcall",
        CXCallingConv.Win64 => "win64",
        CXCallingConv.X8664SysV => "sysv64",
        CXCallingConv.Aapcs => "aapcs",
        CXCallingConv.AapcsVfp => "aapcs-vfp",
        _ => cc.ToString().Replace("CXCallingConv_", "").ToLowerInvariant(),
    };
}
