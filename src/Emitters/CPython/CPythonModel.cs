namespace Bindgen.Emitters.CPython;

// The view-model the CPython templates print. Every C name and every choice (which converter, which
// cleanup) is made in CPythonLowering; templates only lay it out. C names use the reserved bg_ prefix.

public sealed class ModuleModel
{
    public required string HeaderLine { get; init; }
    public required string Name { get; init; }
    public required string DocLiteral { get; init; }
    public bool Limited { get; init; }
    public string LimitedHex { get; init; } = "";
    public int LimitedFastcall { get; init; }
    public int LimitedPyBuffer { get; init; }
    public List<string> Headers { get; init; } = new();
    public List<ExceptionModel> Exceptions { get; init; } = new();
    public List<ConversionModel> Conversions { get; init; } = new();
    public List<CallbackModel> Callbacks { get; init; } = new();
    public List<StructModel> Structs { get; init; } = new();
    public List<HandleModel> Handles { get; init; } = new();
    public List<EnumModel> Enums { get; init; } = new();
    public List<ConstantModel> Constants { get; init; } = new();
    public List<FunctionModel> Functions { get; init; } = new();
    /// <summary>Every PyObject/PyTypeObject field of bg_state, for traverse and clear.</summary>
    public List<string> StateFields { get; init; } = new();
}

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

public sealed class HandleModel
{
    public required string ClassName { get; init; }
    public required string ObjType { get; init; }
    public required string TypeField { get; init; }
    public required string Prefix { get; init; }
    public required string PtrType { get; init; }
    public required string QualifiedName { get; init; }
    public required string DocLiteral { get; init; }
    public string Destructor { get; init; } = "";
    public FunctionModel? Constructor { get; init; }
    public List<FunctionModel> Methods { get; init; } = new();
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

public sealed record ConstantModel(string Name, int Kind, string ValueLiteral);

public sealed class FunctionModel
{
    public required string PyName { get; init; }
    public required string CName { get; init; }
    public required string Impl { get; init; }
    /// <summary>The name errors use ("compress", "Counter.add"), as a C literal.</summary>
    public required string Fn { get; init; }
    public required string Entry { get; init; }
    public required string Sig { get; init; }
    public required string DocLiteral { get; init; }
    /// <summary>"module", "method" (self is a handle object) or "constructor".</summary>
    public required string Kind { get; init; }
    /// <summary>How the entry point finds the module state from its first argument.</summary>
    public required string StateFn { get; init; }
    public List<ArgModel> Args { get; init; } = new();
    public List<ParamModel> Params { get; init; } = new();
    public required ReturnModel Return { get; init; }
    public required string CallArgs { get; init; }
    public bool ReleaseGil { get; init; }
    public ErrorCheckModel? Error { get; init; }
    /// <summary>C expressions (new references), in order: what Python gets back.</summary>
    public List<string> Results { get; init; } = new();
    /// <summary>Trims of alloc buffers before results are built.</summary>
    public List<TrimModel> Trims { get; init; } = new();
    /// <summary>Objects whose keep list of scope-forever callbacks may hold an exception after the call.</summary>
    public List<string> KeepChecks { get; init; } = new();
    /// <summary>Handle objects whose pointer moves to C (transfer: full) on success.</summary>
    public List<string> Detach { get; init; } = new();
}

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

/// <summary>One C parameter of the call (or a hidden helper of it). Kind selects how the templates convert it.</summary>
public sealed class ParamModel
{
    /// <summary>conv, inout, str, buffer, alloc, handle, self, structref, callback, userdata, fixed, out, len, produced.</summary>
    public required string Kind { get; init; }
    public required string CName { get; init; }
    public required string PyName { get; init; }
    public required string Local { get; init; }
    public string CType { get; init; } = "";
    public string Init { get; init; } = "0";
    /// <summary>Index into the parsed argument array, or -1 for hidden parameters.</summary>
    public int Arg { get; init; } = -1;
    public string Conv { get; init; } = "";
    public bool Nullable { get; init; }
    public bool Bytes { get; init; }
    public bool Writable { get; init; }
    public int ItemSize { get; init; } = 1;
    /// <summary>For len: the expression of the number of units, set before the call.</summary>
    public string Value { get; init; } = "";
    public string HandlePrefix { get; init; } = "";
    public string ObjType { get; init; } = "";
    public string TypeField { get; init; } = "";
    public string StructName { get; init; } = "";
    public string Trampoline { get; init; } = "";
    public bool Forever { get; init; }
    public string KeepList { get; init; } = "";
    public string AllocExpr { get; init; } = "";
    /// <summary>C statement for cleanup at the end (free an owned out string, destroy an unclaimed handle), or empty.</summary>
    public string Cleanup { get; init; } = "";
}
