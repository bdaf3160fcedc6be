using Bindgen.Model.C;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang;

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
        var parms = decl.Children().Where(c => c.Kind() == CXCursorKind.CXCursor_ParmDecl).ToList();
        if (parms.Count == 0 || decl.Kind() == CXCursorKind.CXCursor_FunctionDecl) return mapped;
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
        var spelling = type.Spelling();
        var common = (Spelling: spelling, IsConst: type.IsConst(), IsVolatile: type.IsVolatile(), Size: type.SizeOf(), Align: type.AlignOf());
        CType result = type.kind switch
        {
            CXTypeKind.CXType_Pointer => new CPointerType(Map(clang_getPointeeType(type))) { Spelling = spelling },
            CXTypeKind.CXType_Typedef => MapTypedef(type, spelling),
            CXTypeKind.CXType_Elaborated or CXTypeKind.CXType_Attributed => Map(type.Unelaborated()),
            CXTypeKind.CXType_Record => MapRecord(type, spelling),
            CXTypeKind.CXType_Enum => new CEnumType(names.NameOf(type.Declaration())) { Spelling = spelling },
            CXTypeKind.CXType_ConstantArray => new CArrayType(Map(clang_getArrayElementType(type)), clang_getArraySize(type)) { Spelling = spelling },
            CXTypeKind.CXType_IncompleteArray => new CArrayType(Map(clang_getArrayElementType(type)), null) { Spelling = spelling },
            CXTypeKind.CXType_FunctionProto or CXTypeKind.CXType_FunctionNoProto => MapFunction(type, spelling),
            CXTypeKind.CXType_Unexposed => MapUnexposed(type, spelling),
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
        return new CRecordType(names.NameOf(decl), decl.Kind() == CXCursorKind.CXCursor_UnionDecl) { Spelling = spelling };
    }

    public CFunctionType MapFunction(CXType type, string spelling)
    {
        var count = Math.Max(clang_getNumArgTypes(type), 0);
        var parameters = new CType[count];
        for (uint i = 0; i < count; i++) parameters[i] = Map(clang_getArgType(type, i));
        // `int f()` has no prototype: clang calls it variadic, but it is the old spelling of "no parameters" in headers.
        var variadic = type.kind == CXTypeKind.CXType_FunctionProto && clang_isFunctionTypeVariadic(type) != 0;
        return new CFunctionType(Map(clang_getResultType(type)), parameters, variadic,
            CallingConventionName(clang_getFunctionTypeCallingConv(type))) { Spelling = spelling };
    }

    /// <summary>Unexposed sugar (e.g. a function type with attributes) still has a modelled canonical form.</summary>
    private CType MapUnexposed(CXType type, string spelling)
    {
        var canonical = type.Canonical();
        return canonical.kind == CXTypeKind.CXType_Unexposed || canonical.SameAs(type)
            ? Unsupported(type, spelling)
            : Map(canonical);
    }

    private static CUnsupportedType Unsupported(CXType type, string spelling)
    {
        var reason = type.kind switch
        {
            CXTypeKind.CXType_Vector or CXTypeKind.CXType_ExtVector => "vector type",
            CXTypeKind.CXType_Complex => "_Complex type",
            CXTypeKind.CXType_Atomic => "_Atomic type",
            CXTypeKind.CXType_BlockPointer => "block pointer",
            CXTypeKind.CXType_VariableArray => "variable-length array",
            _ => clang_getTypeKindSpelling(type.kind).ToManaged() + " type",
        };
        return new CUnsupportedType($"{reason} '{spelling}'") { Spelling = spelling };
    }

    internal static CPrimitiveType? Primitive(CXTypeKind kind)
    {
        var (primitive, signed) = kind switch
        {
            CXTypeKind.CXType_Void => (CPrimitiveKind.Void, false),
            CXTypeKind.CXType_Bool => (CPrimitiveKind.Bool, false),
            CXTypeKind.CXType_Char_S => (CPrimitiveKind.Char, true),
            CXTypeKind.CXType_Char_U => (CPrimitiveKind.Char, false),
            CXTypeKind.CXType_SChar => (CPrimitiveKind.SChar, true),
            CXTypeKind.CXType_UChar => (CPrimitiveKind.UChar, false),
            CXTypeKind.CXType_Short => (CPrimitiveKind.Short, true),
            CXTypeKind.CXType_UShort => (CPrimitiveKind.UShort, false),
            CXTypeKind.CXType_Int => (CPrimitiveKind.Int, true),
            CXTypeKind.CXType_UInt => (CPrimitiveKind.UInt, false),
            CXTypeKind.CXType_Long => (CPrimitiveKind.Long, true),
            CXTypeKind.CXType_ULong => (CPrimitiveKind.ULong, false),
            CXTypeKind.CXType_LongLong => (CPrimitiveKind.LongLong, true),
            CXTypeKind.CXType_ULongLong => (CPrimitiveKind.ULongLong, false),
            CXTypeKind.CXType_Int128 => (CPrimitiveKind.Int128, true),
            CXTypeKind.CXType_UInt128 => (CPrimitiveKind.UInt128, false),
            CXTypeKind.CXType_Float => (CPrimitiveKind.Float, true),
            CXTypeKind.CXType_Double => (CPrimitiveKind.Double, true),
            CXTypeKind.CXType_LongDouble => (CPrimitiveKind.LongDouble, true),
            // wchar_t is int on the Linux/x86-64 targets this tool runs on.
            CXTypeKind.CXType_WChar => (CPrimitiveKind.WChar, true),
            CXTypeKind.CXType_Char16 => (CPrimitiveKind.Char16, false),
            CXTypeKind.CXType_Char32 => (CPrimitiveKind.Char32, false),
            _ => ((CPrimitiveKind?)null, false),
        };
        return primitive is { } p ? new CPrimitiveType(p) { Spelling = "", IsSigned = signed } : null;
    }

    internal static string CallingConventionName(CXCallingConv cc) => cc switch
    {
        CXCallingConv.CXCallingConv_Default or CXCallingConv.CXCallingConv_C => "cdecl",
        CXCallingConv.CXCallingConv_X86StdCall => "stdcall",
        CXCallingConv.CXCallingConv_X86FastCall => "fastcall",
        CXCallingConv.CXCallingConv_X86ThisCall => "thiscall",
        CXCallingConv.CXCallingConv_X86VectorCall => "vectorcall",
        CXCallingConv.CXCallingConv_X86RegCall => "regcall",
        CXCallingConv.CXCallingConv_Win64 => "win64",
        CXCallingConv.CXCallingConv_X86_64SysV => "sysv64",
        CXCallingConv.CXCallingConv_AAPCS => "aapcs",
        CXCallingConv.CXCallingConv_AAPCS_VFP => "aapcs-vfp",
        _ => cc.ToString().Replace("CXCallingConv_", "").ToLowerInvariant(),
    };
}
