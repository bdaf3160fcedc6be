using Bindgen.Emitters.Common;

namespace Bindgen.Emitters.CPython;

// The view-model the CPython templates print. Every C name and every choice (which converter, which
// cleanup) is made in CPythonLowering; templates only lay it out. C names use the reserved bg_ prefix.

public sealed class ModuleModel : CApiModuleModel<FunctionModel, HandleModel>
{
    public bool Limited { get; set; }
    public string LimitedHex { get; set; } = "";
    /// <summary>1 where the limited API gets METH_FASTCALL: 3.7 and later (the convention's first stable version).</summary>
    public int LimitedFastcall { get; set; }
    /// <summary>1 for limited API 3.10 and later: PyUnicode_AsUTF8AndSize, PEP 573 module types.</summary>
    public int Limited310 { get; set; }
    public int LimitedPyBuffer { get; set; }
    public List<ConstantModel> Constants { get; set; } = new();
    /// <summary>Global variables, read through the module's __getattr__.</summary>
    public List<VariableModel> Variables { get; set; } = new();
    /// <summary>Every PyObject/PyTypeObject field of bg_state, for traverse and clear.</summary>
    public List<string> StateFields { get; set; } = new();
}

public sealed class HandleModel : CApiHandleModel<FunctionModel>;

public sealed record ConstantModel(string Name, int Kind, string ValueLiteral);

/// <summary>The shared function model plus the CPython entry macro and ml_flags.</summary>
public sealed class FunctionModel : CApiFunctionModel
{
    /// <summary>
    /// The entry macro and ml_flags. Without Python arguments, a method is METH_NOARGS (CPython 3.11
    /// specializes it to a direct call) and a module function METH_NOARGS only where METH_FASTCALL is missing
    /// (3.11 specializes FASTCALL builtins, not NOARGS ones): BG_ENTRY_FN0 / BG_FN0_FLAGS pick at compile time.
    /// </summary>
    public string EntryMacro => Args.Count > 0 ? "BG_ENTRY" : Kind == "method" ? "BG_ENTRY_NOARGS" : "BG_ENTRY_FN0";
    public string CallFlags => Args.Count > 0 ? "BG_CALL_FLAGS" : Kind == "method" ? "METH_NOARGS" : "BG_FN0_FLAGS";
    /// <summary>The impl reads no module state: its entry point looks none up (see CPythonLowering.UsesState).</summary>
    public bool Stateless { get; set; }
    /// <summary>How the entry point gets the state for the impl (a BG_ST_* macro of _helpers.sbn).</summary>
    public string State => Stateless ? "BG_ST_NONE" : Kind == "module" ? "BG_ST_MODULE" : "BG_ST_SELF";
    /// <summary>The impl's state parameter type: without state a const void * nothing can use as bg_state *.</summary>
    public string StateParam => Stateless ? "const void *" : "bg_state *";
    /// <summary>Per Python argument: it may be missing (bg_argv[i] NULL after parsing); required ones never are.</summary>
    public List<bool> ArgOptional => Args.Select(a => !a.Required).ToList();
    /// <summary>Handle objects count the calls using their pointer (busy), so close() meanwhile raises (see CPythonLowering.CountsBusy).</summary>
    public bool CountBusy { get; set; } = true;
}

/// <summary>A global variable: its Python name and the C expression that converts its current value.</summary>
public sealed record VariableModel(string PyName, string ToPy);
