namespace Bindgen.Emitters.Cffi;

// The view-model the cffi templates print. Lowering (CffiLowering, FunctionLowering, StructLowering) makes
// every decision; templates only lay it out. Generated locals and helpers start with '_'.

public sealed class ModuleModel
{
    public required string HeaderLine { get; init; }
    public required string Name { get; init; }
    public required bool Api { get; init; }
    public required string ExtName { get; init; }
    /// <summary>ABI mode: the cdef as a Python string literal.</summary>
    public string CdefLiteral { get; init; } = "";
    /// <summary>ABI mode: library files tried in order by ffi.dlopen.</summary>
    public List<string> LibraryNames { get; init; } = new();
    public string DocLiteral { get; init; } = "";
    /// <summary>ABI mode: bitfield-free twin structs and the size they must have.</summary>
    public List<ConstantModel> TwinSizes { get; init; } = new();
    public List<ExceptionModel> Exceptions { get; init; } = new();
    public List<EnumModel> Enums { get; init; } = new();
    public List<ConstantModel> Constants { get; init; } = new();
    public List<StructModel> Structs { get; init; } = new();
    public List<CallbackModel> Callbacks { get; init; } = new();
    public List<HandleModel> Handles { get; init; } = new();
    /// <summary>Module functions and private handle constructors (_new_Class).</summary>
    public List<FunctionModel> Functions { get; init; } = new();
    /// <summary>Global variables, read through the module's __getattr__: Name is the Python name, Literal the expression.</summary>
    public List<ConstantModel> Variables { get; init; } = new();
    /// <summary>Ctype objects the wrappers use (`NAME = _ffi.typeof(LITERAL)`), made once at import.</summary>
    public List<ConstantModel> TypeConstants { get; init; } = new();
    /// <summary>Lib functions the wrappers call, as module globals (`NAME = LITERAL`).</summary>
    public List<ConstantModel> LibFunctions { get; init; } = new();
    /// <summary>ABI mode: the shim library's file name as a Python literal ("" when the module needs none).</summary>
    public string ShimLibrary { get; init; } = "";
    public string ShimSource { get; init; } = "";
}

public sealed class ExceptionModel
{
    public required string Name { get; init; }
    public required string Base { get; init; }
}

public sealed class EnumModel
{
    public required string ClassName { get; init; }
    /// <summary>"_enum.IntEnum" or "_enum.IntFlag".</summary>
    public required string Base { get; init; }
    public string DocLiteral { get; init; } = "";
    public List<ConstantModel> Members { get; init; } = new();
}

public sealed class ConstantModel
{
    public required string Name { get; init; }
    public required string Literal { get; init; }
}

public sealed class FunctionModel
{
    public required string Name { get; init; }
    /// <summary>When set, the function is this lib function itself (`Name = Direct`), not a wrapper.</summary>
    public string Direct { get; init; } = "";
    /// <summary>The parameter list as written after the name, without parentheses.</summary>
    public required string Signature { get; init; }
    public string DocLiteral { get; init; } = "";
    /// <summary>Body lines, indented relative to the body.</summary>
    public List<string> Lines { get; init; } = new();
}

public sealed class CallbackModel
{
    /// <summary>The Python trampoline (_cbt_NAME).</summary>
    public required string PyName { get; init; }
    /// <summary>API mode: the extern "Python" name; ABI mode: the module-level ffi.callback object name.</summary>
    public required string ExternName { get; init; }
    public required string AbiPointer { get; init; }
    /// <summary>ABI mode: the C type given to ffi.callback.</summary>
    public required string TypeLiteral { get; init; }
    public required string Params { get; init; }
    public required string UserData { get; init; }
    public required string Args { get; init; }
    public required bool ReturnsVoid { get; init; }
    public required string DefaultReturn { get; init; }
}

public sealed class StructModel
{
    public required string ClassName { get; init; }
    public required string TypeLiteral { get; init; }
    public required string PtrTypeLiteral { get; init; }
    public required long Size { get; init; }
    /// <summary>False for an anonymous struct only reachable as a field: no name to allocate or check it by.</summary>
    public bool Declared { get; init; } = true;
    public string DocLiteral { get; init; } = "";
    public required string InitSignature { get; init; }
    public List<string> InitLines { get; init; } = new();
    public required string ReprFormat { get; init; }
    public required string ReprArgs { get; init; }
    /// <summary>ReprArgs of `other`, for __eq__.</summary>
    public required string OtherArgs { get; init; }
    public List<FieldModel> Fields { get; init; } = new();
}

public sealed class FieldModel
{
    public required string PyName { get; init; }
    public required string Get { get; init; }
    /// <summary>Setter body lines (value is `value`); empty for readonly fields.</summary>
    public List<string> Set { get; init; } = new();
    public string DocLiteral { get; init; } = "";
}

public sealed class HandleModel
{
    public required string ClassName { get; init; }
    public string DocLiteral { get; init; } = "";
    /// <summary>lib function destroying the pointer, or "None".</summary>
    public required string Destructor { get; init; }
    public bool HasConstructor { get; init; }
    public string InitSignature { get; init; } = "";
    public string InitCall { get; init; } = "";
    public string ConstructorName { get; init; } = "";
    public List<FunctionModel> Methods { get; init; } = new();
}
