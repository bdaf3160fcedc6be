using Bindgen.Model.IR;

namespace Bindgen.Emitters.Cython;

/// <summary>A `def` ready to print: name, parameter list, docstring literal, body lines (relative indentation).</summary>
public sealed record PyFunction(string Name, string Signature, string? Doc, IReadOnlyList<string> Body)
{
    /// <summary>The vectorcall entry of a module function or a method with arguments (the `def` stays as its general path).</summary>
    public PyFastEntry? Fast { get; init; }

    /// <summary>Decorators (Cython directives) printed above the `def`.</summary>
    public IReadOnlyList<string> Decorators { get; init; } = [];
}

/// <summary>
/// The body as `cdef object _bg_impl_KEY(ImplParams)` (KEY: the function's name, CLASS__NAME for a method), called by
/// the `def` (keywords, defaults, arity errors: Cython's own parsing) and by `_bg_fast_KEY`, the METH_FASTCALL entry
/// that replaces the def under its name (in the module, or in the class's dict when Class is set). It takes the
/// positional calls of Branches directly and hands every other call to the `def`.
/// </summary>
public sealed record PyFastEntry(string Key, string Name, string? Class, string ImplParams, string ImplArgs,
    IReadOnlyList<PyFastBranch> Branches, string TextSignature);

/// <summary>A call of exactly Nargs positional arguments and no keywords: the impl's arguments (defaults filled in).</summary>
public sealed record PyFastBranch(int Nargs, string Args);

public sealed record PyConstant(string Name, string Value);

public sealed record PyEnumMember(string Name, string Value);

/// <summary>An enum class (Base is IntEnum/IntFlag), or for `python: int` only its members as module constants (Base null).</summary>
public sealed record PyEnum(string Name, string? Base, string? Doc, IReadOnlyList<PyEnumMember> Members);

public sealed record PyException(string Name, string Base, string Doc);

public sealed record PyField(string Name, string? Doc, IReadOnlyList<string> Getter, IReadOnlyList<string>? Setter);

public sealed record PyStruct(string Name, string Storage, string? Doc, string InitSignature, IReadOnlyList<string> InitBody,
    IReadOnlyList<PyField> Fields, string Repr);

public sealed record PyHandle(string Name, string PtrType, string? Doc, string? Destructor, PyFunction? Constructor, IReadOnlyList<PyFunction> Methods)
{
    /// <summary>`allocate: true`: the object owns its struct's storage, freed after the destructor.</summary>
    public bool Allocated { get; init; }
}

/// <summary>The C loops of stream methods (Common/StreamLowering) as a verbatim C block, and their Cython declarations.</summary>
public sealed record PyStreamHelpers(string Code, IReadOnlyList<string> Headers, IReadOnlyList<string> Declarations);

/// <summary>One trampoline per callback signature: a C function recovering the Python callable from its void*.</summary>
public sealed record PyCallback(string Name, string Return, string FpParams, string Params, string Default, IReadOnlyList<string> Body);

public sealed record PyxModel(
    string HeaderLine, string Module, string Pxd, string? Doc,
    IReadOnlyList<string> StdintNames,
    IReadOnlyList<PyConstant> Constants, IReadOnlyList<PyEnum> Enums, IReadOnlyList<PyException> Exceptions,
    IReadOnlyList<PyStruct> Structs, IReadOnlyList<PyHandle> Handles, IReadOnlyList<PyCallback> Callbacks,
    IReadOnlyList<PyFunction> Functions, IReadOnlyList<PyConstant>? Variables = null)
{
    public PyStreamHelpers? Streams { get; init; }
}

public sealed record PxdModel(string HeaderLine, IReadOnlyList<string> StdintNames, IReadOnlyList<string> LeadingHeaders, string LastHeader, IReadOnlyList<string> Lines);

public sealed record SetupModel(string HeaderLine, string Module, string Pyx, IReadOnlyList<string> IncludeDirs,
    IReadOnlyList<string> Libraries, IReadOnlyList<string> DefineMacros);

/// <summary>The Python names of the module's classes, by their C names.</summary>
public sealed class CythonNames(BoundModule module)
{
    static readonly HashSet<string> BuiltinExceptions =
    [
        "Exception", "BaseException", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
        "ImportError", "IndexError", "KeyError", "LookupError", "MemoryError", "NameError", "NotImplementedError",
        "OSError", "IOError", "EnvironmentError", "OverflowError", "RecursionError", "ReferenceError", "RuntimeError",
        "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "ZeroDivisionError",
        "UnicodeError", "ConnectionError", "FileNotFoundError", "PermissionError", "TimeoutError",
    ];

    public static bool IsBuiltinException(string name) => BuiltinExceptions.Contains(name);

    readonly HashSet<string> _tagClashes = CyTypes.TagClashes(module.Header);

    /// <summary>A C function or global as the .pyx refers to it through the .pxd (`_c.name`, renamed where it clashes with a tag).</summary>
    public string C(string cname) => CyTypes.Prefix + CyTypes.Ident(cname, _tagClashes.Contains(cname));

    public string Handle(string record) => module.Handle(record).ClassName;
    public string Struct(string record) => module.Struct(record).ClassName;
    public string Exception(BoundError e) => e.ExceptionClass;

    /// <summary>The enum class a value of this C enum becomes, or null when it stays a plain int.</summary>
    public string? EnumClass(string cenum) =>
        module.Enums.FirstOrDefault(e => e.CName == cenum) is { Style: not BoundEnumStyle.Int } e ? e.ClassName : null;
}
