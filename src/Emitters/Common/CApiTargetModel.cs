namespace Bindgen.Emitters.Common;

// The module, function and handle models the CPython and HPy templates print alike. Each emitter derives
// its ModuleModel, FunctionModel and HandleModel from these and adds only what its own templates need.

/// <summary>
/// A function, method or constructor as the CPython and HPy templates print it; each emitter derives its
/// FunctionModel from this and adds only what its own templates need. Filled by CApiFunctionLowering.
/// </summary>
public class CApiFunctionModel
{
    public string PyName { get; init; } = "";
    public string CName { get; init; } = "";
    public string Impl { get; init; } = "";
    /// <summary>The name errors use ("compress", "Counter.add"), as a C literal.</summary>
    public string Fn { get; init; } = "";
    public string Entry { get; init; } = "";
    public string Sig { get; init; } = "";
    public string DocLiteral { get; init; } = "";
    /// <summary>"module", "method" (self is a handle object) or "constructor".</summary>
    public string Kind { get; init; } = "";
    public List<ArgModel> Args { get; init; } = new();
    public List<ParamModel> Params { get; init; } = new();
    public ReturnModel Return { get; init; } = new();
    public string CallArgs { get; init; } = "";
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
    /// <summary>A stream method: the call of its C loop helper (assigned to bg_ss), or empty.</summary>
    public string StreamCall { get; init; } = "";
    /// <summary>For a stream method: the name of its input argument, as a C literal.</summary>
    public string StreamInput { get; init; } = "";
}

/// <summary>A handle class as the CPython and HPy templates print it; each emitter derives its HandleModel from this.</summary>
public class CApiHandleModel<TFunction> where TFunction : CApiFunctionModel
{
    public string ClassName { get; init; } = "";
    public string ObjType { get; init; } = "";
    public string TypeField { get; init; } = "";
    public string Prefix { get; init; } = "";
    public string PtrType { get; init; } = "";
    public string QualifiedName { get; init; } = "";
    public string DocLiteral { get; init; } = "";
    public string Destructor { get; init; } = "";
    /// <summary>`allocate: true`: the object owns its struct's storage, freed after the destructor.</summary>
    public bool Allocated { get; init; }
    public TFunction? Constructor { get; init; }
    public List<TFunction> Methods { get; init; } = new();
}

/// <summary>A module as the CPython and HPy templates print it; each emitter derives its ModuleModel from this.</summary>
public class CApiModuleModel<TFunction, THandle> where TFunction : CApiFunctionModel where THandle : CApiHandleModel<TFunction>
{
    public string HeaderLine { get; init; } = "";
    public string Name { get; init; } = "";
    public string DocLiteral { get; init; } = "";
    public List<string> Headers { get; init; } = new();
    public List<ExceptionModel> Exceptions { get; init; } = new();
    public List<ConversionModel> Conversions { get; init; } = new();
    public List<CallbackModel> Callbacks { get; init; } = new();
    public List<StructModel> Structs { get; init; } = new();
    public List<THandle> Handles { get; init; } = new();
    public List<EnumModel> Enums { get; init; } = new();
    public List<TFunction> Functions { get; init; } = new();
    /// <summary>The C loops of stream methods (Common/StreamLowering), or empty.</summary>
    public string StreamHelpers { get; init; } = "";
}
