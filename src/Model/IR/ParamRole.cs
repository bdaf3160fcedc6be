using System.Text.Json.Serialization;
using Bindgen.Model.Spec;

namespace Bindgen.Model.IR;

/// <summary>
/// The one meaning the binder gave a C parameter. Visible roles are arguments in Python/C#; hidden ones
/// are filled in by the binding (lengths, produced counts, user data, fixed values, out params).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "role")]
[JsonDerivedType(typeof(ValueRole), "value")]
[JsonDerivedType(typeof(StringRole), "string")]
[JsonDerivedType(typeof(BufferRole), "buffer")]
[JsonDerivedType(typeof(LengthRole), "length")]
[JsonDerivedType(typeof(ProducedRole), "produced")]
[JsonDerivedType(typeof(OutRole), "out")]
[JsonDerivedType(typeof(InoutRole), "inout")]
[JsonDerivedType(typeof(HandleRole), "handle")]
[JsonDerivedType(typeof(StructRefRole), "struct_ref")]
[JsonDerivedType(typeof(CallbackRole), "callback")]
[JsonDerivedType(typeof(UserDataRole), "user_data")]
[JsonDerivedType(typeof(FixedRole), "fixed")]
[JsonDerivedType(typeof(StringArrayRole), "string_array")]
[JsonDerivedType(typeof(OutArrayRole), "out_array")]
[JsonDerivedType(typeof(StorageRole), "storage")]
public abstract record ParamRole
{
    /// <summary>An argument of the Python function / C# method (hidden roles are filled in by the binding).</summary>
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool Visible => IsVisible;

    protected abstract bool IsVisible { get; }
}

/// <summary>A scalar passed by value (int, float, bool, enum, struct by value).</summary>
public sealed record ValueRole(BoundType Type) : ParamRole { protected override bool IsVisible => true; }

/// <summary>char* in; Nullable: None → NULL.</summary>
public sealed record StringRole(StringEncoding Encoding, bool Nullable) : ParamRole { protected override bool IsVisible => true; }

/// <summary>
/// A buffer. In: any C-contiguous buffer, no copy. Out/Inout: writable caller buffer, or with Alloc the
/// binding allocates Alloc bytes and returns bytes (then the parameter is hidden).
/// ElementSize is sizeof the pointee (1 for void/char); LengthParam is the C name of the length param.
/// </summary>
public sealed record BufferRole([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] BufferDirection Direction, string ElementCType, int ElementSize) : ParamRole
{
    public string? LengthParam { get; init; }
    /// <summary>Length param is a pointer: capacity in, produced length out.</summary>
    public bool LengthIsPointer { get; init; }
    /// <summary>Length's C type (e.g. "uLongf" for `uLongf *destLen`, "size_t").</summary>
    public string? LengthCType { get; init; }
    public LengthUnit LengthUnit { get; init; } = LengthUnit.Items;
    public Expr? Alloc { get; init; }
    public string? ProducedParam { get; init; }
    public string? ProducedCType { get; init; }
    public bool Nullable { get; init; }
    /// <summary>The pointer's own spelling for a cast when calling C (e.g. "Bytef *").</summary>
    public required string PointerCType { get; init; }
    /// <summary>The pointee is void or a character type (char, signed/unsigned char and their typedefs): bytes as bytes.</summary>
    public bool ByteElements { get; init; }
    /// <summary>
    /// `string: utf8|bytes` + `length:` on a `const char *` (or unsigned char / uint8_t) input: counted text, NUL allowed.
    /// Bytes: any bytes-like object, exactly a `buffer: in`. Utf8: only str, passed as its UTF-8 bytes (bytes are a TypeError).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StringEncoding? Text { get; init; }
    /// <summary>Text is Utf8: the one case emitters render differently from a `buffer: in`.</summary>
    [JsonIgnore] public bool IsUtf8Text => Text == StringEncoding.Utf8;
    protected override bool IsVisible => Alloc is null;
}

/// <summary>Hidden: filled from Buffer's size (pointer length: capacity in, produced out).</summary>
public sealed record LengthRole(string Buffer, bool IsPointer, string ValueCType) : ParamRole { protected override bool IsVisible => false; }

/// <summary>Hidden: a pointer (starting at 0) that receives how much was written into Buffer.</summary>
public sealed record ProducedRole(string Buffer, string ValueCType) : ParamRole { protected override bool IsVisible => false; }

/// <summary>Hidden pointer written by C, returned. Type is the pointee (a string/handle for char** / T**).</summary>
public sealed record OutRole(BoundType Type) : ParamRole
{
    /// <summary>For a string out (char**): borrowed copies, owned copies then calls Free.</summary>
    public Ownership Ownership { get; init; } = Ownership.Borrowed;
    public string? Free { get; init; }
    protected override bool IsVisible => false;
}

/// <summary>Pointer to a scalar: passed as a value, returned updated.</summary>
public sealed record InoutRole(BoundType Type) : ParamRole { protected override bool IsVisible => true; }

/// <summary>A handle object. IsSelf: the method's receiver.</summary>
public sealed record HandleRole(string Handle, bool Nullable, bool IsSelf) : ParamRole { protected override bool IsVisible => !IsSelf; }

/// <summary>Pointer to an exposed struct: the object's own storage is passed (C may modify it).</summary>
public sealed record StructRefRole(string Struct, bool IsConst, bool Nullable) : ParamRole { protected override bool IsVisible => true; }

/// <summary>A callable for a function pointer; UserDataParam carries it through C.</summary>
public sealed record CallbackRole(BoundCallback Signature, string UserDataParam, CallbackScope Scope, bool Nullable) : ParamRole
{
    protected override bool IsVisible => true;
}

/// <summary>Hidden void* that carries Callback's Python/C# object.</summary>
public sealed record UserDataRole(string Callback) : ParamRole { protected override bool IsVisible => false; }

/// <summary>Hidden, always passed Value (already a C expression: "NULL", "0", "1.5").</summary>
public sealed record FixedRole(string CValue, ScalarValue Value) : ParamRole
{
    /// <summary>A string constant (from a string macro): Value.Text is the text itself, CValue its C literal.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool IsString { get; init; }
    protected override bool IsVisible => false;
}

/// <summary>
/// Hidden: the constructor's TYPE* of an `allocate` handle. The binding passes the object's new zeroed storage
/// (sizeof the struct, never moving); when the constructor fails it frees the storage and runs no destructor.
/// </summary>
public sealed record StorageRole(string Handle) : ParamRole { protected override bool IsVisible => false; }

/// <summary>
/// Extension: `const char *const *` plus a count (LengthParam, hidden with a LengthRole): a list of strings,
/// converted to NUL-terminated copies that live for the call.
/// </summary>
public sealed record StringArrayRole(StringEncoding Encoding, string LengthParam, string LengthCType, bool Nullable) : ParamRole
{
    protected override bool IsVisible => true;
}

/// <summary>
/// Extension: `T **` that C points at an array it allocated, with its count in LengthParam (a pointer, hidden with a
/// LengthRole). Hidden and returned as a list of copies; Free (when set) is then called with FreeArgs: the C names of
/// this function's parameters to pass, in the free function's order (this parameter stands for the array itself).
/// </summary>
public sealed record OutArrayRole(BoundType Element, string LengthParam, string LengthCType) : ParamRole
{
    public string? Free { get; init; }
    public IReadOnlyList<string> FreeArgs { get; init; } = [];
    protected override bool IsVisible => false;
}

public enum Ownership { Borrowed, Owned }
