namespace Bindgen.Emitters.Common;

// View-model pieces the CPython and HPy templates print the same way: both emitters lower exceptions,
// conversions, callbacks, structs, enums and call results alike, and only the C they wrap the values in
// differs. Module, function and handle models share a base in CApiTargetModel.cs; constants stay per emitter.

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
    /// <summary>Whether the converters read a class object of the module (a struct type, an enum class).</summary>
    public bool UsesState => Kind == "struct" || EnumField != "";
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

/// <summary>A Python argument; KeywordOnly ones come last and are never taken by position.</summary>
public sealed record ArgModel(string Name, bool Required, bool KeywordOnly = false);

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
    /// <summary>HPy only: the owning handle's keep slot for a scope-forever callback (CPython keeps a list per object instead).</summary>
    public int KeepSlot { get; set; }
    public string AllocExpr { get; init; } = "";
    /// <summary>C statement for cleanup at the end (free an owned out string, destroy an unclaimed handle), or empty.</summary>
    public string Cleanup { get; init; } = "";

    /// <summary>pm with the given members replaced; lowering refines one parameter in steps.</summary>
    public static ParamModel Copy(ParamModel pm, string? kind = null, string? local = null, string? ctype = null, string? init = null,
        string? conv = null, bool? nullable = null, bool? bytes = null, bool? writable = null, int? itemSize = null, string? value = null,
        string? handlePrefix = null, string? objType = null, string? typeField = null, string? structName = null,
        string? trampoline = null, bool? forever = null, string? keepList = null, string? allocExpr = null, string? cleanup = null) => new()
    {
        Kind = kind ?? pm.Kind, CName = pm.CName, PyName = pm.PyName, Local = local ?? pm.Local, CType = ctype ?? pm.CType,
        Init = init ?? pm.Init, Arg = pm.Arg, Conv = conv ?? pm.Conv, Nullable = nullable ?? pm.Nullable, Bytes = bytes ?? pm.Bytes,
        Writable = writable ?? pm.Writable, ItemSize = itemSize ?? pm.ItemSize, Value = value ?? pm.Value,
        HandlePrefix = handlePrefix ?? pm.HandlePrefix, ObjType = objType ?? pm.ObjType, TypeField = typeField ?? pm.TypeField,
        StructName = structName ?? pm.StructName, Trampoline = trampoline ?? pm.Trampoline, Forever = forever ?? pm.Forever,
        KeepList = keepList ?? pm.KeepList, AllocExpr = allocExpr ?? pm.AllocExpr, Cleanup = cleanup ?? pm.Cleanup,
    };
}
