using Bindgen.Emitters.Common;

namespace Bindgen.Emitters.Hpy;

// The view-model the HPy templates print. Every C name and every choice (which converter, which
// cleanup) is made in HpyLowering; templates only lay it out. C names use the reserved bg_ prefix.

public sealed class ModuleModel : CApiModuleModel<FunctionModel, HandleModel>
{
    /// <summary>Emit the HPy 0.9 API (HPy_MODINIT(name, def), HPy_mod_exec) instead of 0.0.4's.</summary>
    public bool Api09 { get; set; }
    public string Version { get; set; } = "0.0.4";
    public List<ConstantModel> Constants { get; set; } = new();
    /// <summary>Global variables read through the module's __getattr__: Name is the Python name, Expr converts the current value.</summary>
    public List<ConstantModel> Variables { get; set; } = new();
    /// <summary>Every PyObject/PyTypeObject field of bg_state, for traverse and clear.</summary>
    public List<string> StateFields { get; set; } = new();
    /// <summary>Every HPyGlobal of the module (for HPyModuleDef.globals).</summary>
    public List<string> Globals { get; set; } = new();
}

/// <summary>The shared handle model plus its keep slots.</summary>
public sealed class HandleModel : CApiHandleModel<FunctionModel>
{
    /// <summary>How many scope-forever callables an object keeps (one slot per callback parameter).</summary>
    public int KeepSlots { get; set; }
}

/// <summary>A module constant: Expr is a C expression giving a new handle.</summary>
public sealed record ConstantModel(string Name, string Expr);

/// <summary>The shared function model plus the HPyDef symbol and the post-call error check.</summary>
public sealed class FunctionModel : CApiFunctionModel
{
    /// <summary>The HPyDef symbol of a module function or method.</summary>
    public string Def { get; set; } = "";
    /// <summary>A callback may have left an exception set during the C call: check after it.</summary>
    public bool CheckErr { get; set; }
    /// <summary>No Python arguments at all (self aside): an HPyFunc_NOARGS entry, no argument parsing.</summary>
    public bool NoArgs { get; set; }
    /// <summary>The positional-only fast path (no keywords) takes MinPos..MaxPos arguments: exactly the calls
    /// bg_parse accepts without keywords (every required argument given, none past the keyword-only ones).</summary>
    public int MinPos { get; set; }
    public int MaxPos { get; set; }
}
