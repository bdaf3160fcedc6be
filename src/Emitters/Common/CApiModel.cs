namespace Bindgen.Emitters.Common;

// View-model pieces the CPython and HPy templates print the same way: both emitters lower exceptions,
// conversions, callbacks, structs, enums and call results alike, and only the C they wrap the values in
// differs. The models that do differ (module, function, parameter, handle, constant) stay per emitter.

/// <summary>An exception class in the module state (Field), or a builtin one used as is (Builtin).</summary>
public sealed class ExceptionModel
{
    public required string Name { get; init; }
    public required string Field { get; init; }
    /// <summary>C expression of the base class at exec time (PyExc_X or st->exc_Y).</summary>
    public required string BaseExpr { get; init; }
    public required string QualifiedName { get; init; }
}

/// <summary>bg_from_py_KEY / bg_to_py_KEY for one C value type.</summary>
public sealed class ConversionModel
{
    public required string Key { get; init; }
    public required string CType { get; init; }
    /// <summary>int, uint, float, bool, enum, struct.</summary>
    public required string Kind { get; init; }
    public string Min { get; init; } = "0";
    public string Max { get; init; } = "0";
    public bool Single { get; init; }
    /// <summary>Enums with a class: the state field holding it; empty for plain-int enums.</summary>
    public string EnumField { get; init; } = "";
    public bool EnumSigned { get; init; }
    /// <summary>Structs: the object struct name and the state type field.</summary>
    public string ObjType { get; init; } = "";
    public string TypeField { get; init; } = "";
    public string PyName { get; init; } = "";
}

public sealed class CallbackModel
{
    public required string Name { get; init; }
    public required string ReturnCType { get; init; }
    public bool ReturnsVoid { get; init; }
    public string ReturnConv { get; init; } = "";
    public List<CallbackParamModel> Params { get; init; } = new();
    public required string UserDataName { get; init; }
    public int ArgCount { get; init; }
}

public sealed class CallbackParamModel
{
    public required string CType { get; init; }
    public required string Name { get; init; }
    public bool IsUserData { get; init; }
    /// <summary>C expression (new reference) giving the Python argument.</summary>
    public string ToPy { get; init; } = "";
    public int Index { get; init; }
}

public sealed class StructModel
{
    public required string ClassName { get; init; }
    public required string CType { get; init; }
    public required string ObjType { get; init; }
    public required string TypeField { get; init; }
    public required string Prefix { get; init; }
    public required string QualifiedName { get; init; }
    public required string DocLiteral { get; init; }
    public long Size { get; init; }
    public List<FieldModel> Fields { get; init; } = new();
}

public sealed class FieldModel
{
    public required string PyName { get; init; }
    public required string CName { get; init; }
    public required string CType { get; init; }
    public required string Conv { get; init; }
    public bool Readonly { get; init; }
    public bool IsBitfield { get; init; }
    public string BitMin { get; init; } = "0";
    public string BitMax { get; init; } = "0";
    public bool IsArray { get; init; }
    public long ArrayLength { get; init; }
    public required string Getter { get; init; }
    public required string Setter { get; init; }
    public required string DocLiteral { get; init; }
}

public sealed class EnumModel
{
    public required string ClassName { get; init; }
    public required string Field { get; init; }
    /// <summary>IntEnum, IntFlag, or empty for plain ints (members become module constants).</summary>
    public required string Base { get; init; }
    public required string Prefix { get; init; }
    public List<EnumMemberModel> Members { get; init; } = new();
}

public sealed record EnumMemberModel(string Name, string Value);

public sealed record ArgModel(string Name, bool Required);

public sealed record TrimModel(string Local, string Produced);

public sealed class ReturnModel
{
    public bool IsVoid { get; init; }
    public string CType { get; init; } = "void";
    public string Init { get; init; } = "0";
    /// <summary>C statement run at cleanup when the returned pointer is still owned (free / destructor), or empty.</summary>
    public string Cleanup { get; init; } = "";
}

public sealed class ErrorCheckModel
{
    public required string Kind { get; init; }
    public required string Condition { get; init; }
    public required string Exception { get; init; }
    public required string Message { get; init; }
}
