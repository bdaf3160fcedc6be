using System.Text.Json.Serialization;

namespace Bindgen.Model.C;

/// <summary>
/// A C type as libclang saw it. Typedef chains are kept (CTypedefType wraps its target) so
/// emitters can print the header's own spelling while the binder looks through to the canonical type.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(CPrimitiveType), "primitive")]
[JsonDerivedType(typeof(CPointerType), "pointer")]
[JsonDerivedType(typeof(CArrayType), "array")]
[JsonDerivedType(typeof(CTypedefType), "typedef")]
[JsonDerivedType(typeof(CRecordType), "record")]
[JsonDerivedType(typeof(CEnumType), "enum")]
[JsonDerivedType(typeof(CFunctionType), "function")]
[JsonDerivedType(typeof(CUnsupportedType), "unsupported")]
public abstract record CType
{
    /// <summary>The type as written in C, qualifiers included (e.g. "const Bytef *").</summary>
    public required string Spelling { get; init; }
    public bool IsConst { get; init; }
    public bool IsVolatile { get; init; }
    /// <summary>sizeof in bytes; -1 when incomplete (void, opaque struct, function).</summary>
    public long Size { get; init; } = -1;
    public long Align { get; init; } = -1;

    /// <summary>Looks through typedefs (keeping the outermost const).</summary>
    [JsonIgnore] public CType Canonical => this is CTypedefType t ? t.Target.Canonical with { IsConst = IsConst || t.Target.Canonical.IsConst } : this;
}

public enum CPrimitiveKind
{
    Void, Bool, Char, SChar, UChar, Short, UShort, Int, UInt, Long, ULong, LongLong, ULongLong,
    Int128, UInt128, Float, Double, LongDouble, WChar, Char16, Char32,
}

public sealed record CPrimitiveType(CPrimitiveKind Primitive) : CType
{
    [JsonIgnore] public bool IsInteger => Primitive is not (CPrimitiveKind.Void or CPrimitiveKind.Float or CPrimitiveKind.Double or CPrimitiveKind.LongDouble);
    [JsonIgnore] public bool IsFloat => Primitive is CPrimitiveKind.Float or CPrimitiveKind.Double or CPrimitiveKind.LongDouble;
    /// <summary>Plain char is signed on the targets we support (x86-64, aarch64 Linux differs: libclang tells via Size/Signed).</summary>
    public bool IsSigned { get; init; }
}

public sealed record CPointerType(CType Pointee) : CType;

/// <summary>Length null: incomplete array (flexible array member or `T x[]` parameter).</summary>
public sealed record CArrayType(CType Element, long? Length) : CType;

public sealed record CTypedefType(string Name, CType Target) : CType;

/// <summary>Reference to a struct/union declared in CHeader.Records (by Name).</summary>
public sealed record CRecordType(string Name, bool IsUnion) : CType;

/// <summary>Reference to an enum declared in CHeader.Enums (by Name).</summary>
public sealed record CEnumType(string Name) : CType;

public sealed record CFunctionType(CType Return, IReadOnlyList<CType> Params, bool IsVariadic, string CallingConvention) : CType
{
    /// <summary>Parameter names when the declaration had them (function pointer typedefs often do).</summary>
    public IReadOnlyList<string> ParamNames { get; init; } = Array.Empty<string>();
}

/// <summary>A type libclang reported that we do not model (vector types, _Atomic, blocks); Reason says which.</summary>
public sealed record CUnsupportedType(string Reason) : CType;
