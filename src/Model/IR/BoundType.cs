using System.Text.Json.Serialization;

namespace Bindgen.Model.IR;

/// <summary>
/// How a value crosses the boundary, decided once by the binder. CSpelling is the C type to declare a
/// local of this type with (the header's own spelling, e.g. "uLong").
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(VoidType), "void")]
[JsonDerivedType(typeof(IntType), "int")]
[JsonDerivedType(typeof(FloatType), "float")]
[JsonDerivedType(typeof(BoolType), "bool")]
[JsonDerivedType(typeof(EnumType), "enum")]
[JsonDerivedType(typeof(StringType), "string")]
[JsonDerivedType(typeof(HandleType), "handle")]
[JsonDerivedType(typeof(StructType), "struct")]
[JsonDerivedType(typeof(PointerType), "pointer")]
public abstract record BoundType(string CSpelling);

public sealed record VoidType() : BoundType("void");

/// <summary>An integer of Size bytes. Range-checked on the way in (OverflowError / OverflowException).</summary>
public sealed record IntType(string CSpelling, int Size, bool Signed) : BoundType(CSpelling)
{
    [JsonIgnore] public string MinValue => Signed ? (Size == 8 ? "-9223372036854775808" : (-(1L << (Size * 8 - 1))).ToString()) : "0";
    [JsonIgnore] public string MaxValue => Signed ? (Size == 8 ? "9223372036854775807" : ((1L << (Size * 8 - 1)) - 1).ToString())
                                                  : (Size == 8 ? "18446744073709551615" : ((1UL << (Size * 8)) - 1).ToString());
}

public sealed record FloatType(string CSpelling, int Size) : BoundType(CSpelling);
public sealed record BoolType(string CSpelling) : BoundType(CSpelling);

/// <summary>A C enum bound as BoundEnum Enum; the integer is Size bytes.</summary>
public sealed record EnumType(string CSpelling, string Enum, int Size, bool Signed) : BoundType(CSpelling);

/// <summary>char* text; Encoding utf8 → str, bytes → bytes.</summary>
public sealed record StringType(string CSpelling, Spec.StringEncoding Encoding) : BoundType(CSpelling);

/// <summary>Pointer to a handle type (CSpelling is the pointer type, e.g. "sqlite3 *" or "XML_Parser").</summary>
public sealed record HandleType(string CSpelling, string Handle) : BoundType(CSpelling);

/// <summary>A struct by value (CSpelling "struct point" or "point_t").</summary>
public sealed record StructType(string CSpelling, string Struct) : BoundType(CSpelling);

/// <summary>An untyped pointer passed through as an address (only where the spec says so, e.g. `fixed: null`).</summary>
public sealed record PointerType(string CSpelling) : BoundType(CSpelling);
