using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Cffi;

/// <summary>Bound module → the view-model of the cffi Python module (ModuleModel). All naming and choices happen here.</summary>
public sealed class CffiLowering
{
    static readonly HashSet<string> BuiltinExceptions =
    [
        "Exception", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "FloatingPointError",
        "ImportError", "IndexError", "KeyError", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
        "OverflowError", "RecursionError", "ReferenceError", "RuntimeError", "TypeError", "ValueError", "ZeroDivisionError",
        "UnicodeError", "ConnectionError", "FileNotFoundError", "PermissionError", "TimeoutError", "IOError", "EnvironmentError",
    ];

    public BoundModule Module { get; }
    public bool Api { get; }
    readonly HashSet<string> _callbackHandles;
    readonly HashSet<string> _twins;

    /// <summary>ABI mode: the struct crosses by value as its bitfield-free twin (see CdefWriter.AbiTwins).</summary>
    public bool Twinned(string record) => _twins.Contains(record);

    public CffiLowering(BoundModule module, bool api)
    {
        Module = module;
        Api = api;
        _twins = api ? new() : CdefWriter.AbiTwins(module);
        _callbackHandles = module.Handles.Where(h => h.KeepsCallbacks).Select(h => h.CType).ToHashSet();
    }

    readonly SortedDictionary<string, string> _types = new(StringComparer.Ordinal);
    readonly SortedSet<string> _libFunctions = new(StringComparer.Ordinal);

    /// <summary>
    /// The module-level ctype object of a C type spelling (`_T_... = _ffi.typeof("...")`, made once at import): the
    /// wrappers hand it to _cffi_backend's newp/cast directly, so no call parses or looks up a type string (in ABI
    /// mode ffi.new/ffi.cast are Python methods of cffi.FFI that do both). "char[]" is the runtime's _CHARS.
    /// </summary>
    public string TypeConst(string spelling)
    {
        if (spelling == "char[]") return "_CHARS";
        if (_types.TryGetValue(spelling, out var name)) return name;
        var sb = new System.Text.StringBuilder("_T_");
        foreach (var ch in spelling)
            sb.Append(ch switch { '*' => "_p", '[' => "_a", ']' => "", _ when char.IsAsciiLetterOrDigit(ch) || ch == '_' => ch.ToString(), _ => "_" });
        var baseName = System.Text.RegularExpressions.Regex.Replace(sb.ToString(), "_+", "_").TrimEnd('_');
        name = baseName;
        for (int i = 2; _types.ContainsValue(name); i++) name = baseName + "_" + i;
        _types[spelling] = name;
        return name;
    }

    /// <summary>The module-level alias of a lib function a wrapper calls (`_c_NAME`): a global read, not a lookup on lib.</summary>
    public string LibFunction(string cname)
    {
        _libFunctions.Add(cname);
        return "_c_" + cname;
    }

    public string StructClass(string cname) => Module.Struct(cname).ClassName;
    public string HandleClass(string ctype) => Module.Handle(ctype).ClassName;

    /// <summary>The Python class an enum value is wrapped in; null for `python: int` enums (plain ints).</summary>
    public string? EnumClass(string cname)
    {
        var e = Module.Enums.FirstOrDefault(x => x.CName == cname);
        return e is null || e.Style == BoundEnumStyle.Int ? null : e.ClassName;
    }

    public string ExceptionRef(string exceptionClass) => exceptionClass;

    /// <summary>Whether a call can run Python callbacks, so an exception they raised must be re-raised after it.</summary>
    public bool ChecksCallbacks(BoundFunction f) =>
        f.Params.Any(p => p.Role is CallbackRole || p.Role is HandleRole h && _callbackHandles.Contains(h.Handle)) ||
        (f.MethodOf is { } m && _callbackHandles.Contains(m));

    bool Callable(BoundFunction f) => true;

    /// <summary>How the module reaches C function CNAME: lib's attribute, or in ABI mode the shim's wrapper of a
    /// static inline function or macro (through its module-level alias).</summary>
    public string LibRef(string cname) => !Api && Module.InShim(cname) ? LibFunction(cname) : "_lib." + cname;

    /// <summary>The shim library the ABI module loads, or null when nothing needs it.</summary>
    string? ShimLibrary => !Api && Module.ShimFunctions.Count > 0 ? Module.ShimLibraryFile : null;

    public ModuleModel Lower(GeneratorInfo info)
    {
        var functions = new List<FunctionModel>();
        var handles = new List<HandleModel>();
        foreach (var h in Module.Handles)
        {
            var ctor = h.Constructor is { } c && Callable(c) ? c : null;
            if (ctor is not null) functions.Add(new FunctionLowering(this, ctor).Lower(CffiNames.Constructor(h.ClassName), false));
            var names = ctor?.PyParams.Select(p => p.KeywordOnly ? $"{p.PyName}={p.PyName}" : p.PyName).ToList() ?? new List<string>();
            handles.Add(new HandleModel
            {
                ClassName = h.ClassName,
                DocLiteral = h.Doc is { Length: > 0 } d ? CffiNames.Doc(d) : "",
                Destructor = h.Destructor is null ? "None" : LibRef(h.Destructor),
                HasConstructor = ctor is not null,
                InitSignature = ctor is null ? "" : new FunctionLowering(this, ctor).Lower("__init__", true).Signature,
                InitCall = $"{CffiNames.Constructor(h.ClassName)}({string.Join(", ", names)})",
                ConstructorName = ctor?.CName ?? "",
                Methods = h.Methods.Where(Callable).Select(m => new FunctionLowering(this, m).Lower(m.PyName, true)).ToList(),
            });
        }
        functions.AddRange(Module.Functions.Where(Callable).Select(f => new FunctionLowering(this, f).Lower(f.PyName, false)));

        return new ModuleModel
        {
            HeaderLine = info.HeaderLine,
            Name = Module.Name,
            Api = Api,
            ExtName = (info.Package is null ? "" : ".") + CffiNames.ExtensionModule(Module.Name),
            CdefLiteral = Api ? "" : TripleQuoted(CdefWriter.Write(Module, false)),
            LibraryNames = Module.LibraryNames.Select(CffiNames.Str).ToList(),
            DocLiteral = CffiNames.Doc($"Bindings of {string.Join(", ", Module.Headers)} (cffi, {(Api ? "API" : "ABI")} mode)."),
            TwinSizes = _twins.Order(StringComparer.Ordinal).Select(t => new ConstantModel
            {
                Name = CffiNames.Str("struct " + CdefWriter.TwinName(t)),
                Literal = Module.Header.FindRecord(t)!.Size.ToString(),
            }).ToList(),
            Exceptions = Exceptions(),
            Enums = Module.Enums.Where(e => e.Style != BoundEnumStyle.Int).Select(LowerEnum).ToList(),
            Constants = Constants(),
            ShimLibrary = ShimLibrary is { } shim ? CffiNames.Str(shim) : "",
            ShimSource = Common.ShimWriter.SourceFile(Module),
            Structs = Module.Structs.Select(s => StructLowering.Lower(this, s)).ToList(),
            Callbacks = Module.Callbacks.Select(LowerCallback).ToList(),
            Handles = handles,
            Functions = functions,
            Variables = Module.Variables.Select(LowerVariable).ToList(),
            TypeConstants = _types.OrderBy(t => t.Value, StringComparer.Ordinal)
                .Select(t => new ConstantModel { Name = t.Value, Literal = CffiNames.Str(t.Key) }).ToList(),
            LibFunctions = _libFunctions.Select(n => new ConstantModel
            {
                Name = "_c_" + n,
                Literal = Api ? "_lib." + n : Module.InShim(n) ? "_shim." + Module.ShimSymbol(n) : $"_lib_function({CffiNames.Str(n)})",
            }).ToList(),
        };
    }

    /// <summary>A global read from lib on each access: text through _string (a char array or a char pointer), enums as their class.</summary>
    ConstantModel LowerVariable(BoundVariable v) => new()
    {
        Name = v.PyName,
        Literal = v.Type switch
        {
            StringType => $"_string(_lib.{v.CName}, True)",
            EnumType e when EnumClass(e.Enum) is { } cls => $"_enum_value({cls}, _lib.{v.CName})",
            BoolType => $"bool(_lib.{v.CName})",
            _ => $"_lib.{v.CName}",
        },
    };

    static string TripleQuoted(string text) => "\"\"\"\\\n" + text.Replace("\\", "\\\\").Replace("\"\"\"", "\\\"\\\"\\\"") + "\"\"\"";

    List<ExceptionModel> Exceptions()
    {
        var result = new List<ExceptionModel>();
        var defined = new HashSet<string>();
        foreach (var e in Module.Errors)
        {
            if (BuiltinExceptions.Contains(e.ExceptionClass) || !defined.Add(e.ExceptionClass)) continue;
            result.Add(new ExceptionModel { Name = e.ExceptionClass, Base = e.BaseClass });
        }
        // A base that is another of the module's classes must be defined first.
        return result.OrderBy(x => result.FindIndex(y => y.Name == x.Base)).ToList();
    }

    static EnumModel LowerEnum(BoundEnum e) => new()
    {
        ClassName = e.ClassName,
        Base = e.Style == BoundEnumStyle.IntFlag ? "_enum.IntFlag" : "_enum.IntEnum",
        DocLiteral = e.Doc is { Length: > 0 } d ? CffiNames.Doc(d) : "",
        Members = e.Members.Select(m => new ConstantModel { Name = m.PyName, Literal = m.Value.ToString() }).ToList(),
    };

    List<ConstantModel> Constants()
    {
        var result = new List<ConstantModel>();
        var seen = new HashSet<string>();
        foreach (var c in Module.Constants)
        {
            if (!seen.Add(c.CName)) continue;
            result.Add(new ConstantModel
            {
                Name = c.CName,
                Literal = c.Kind switch
                {
                    ConstantKind.Int => c.Value,
                    ConstantKind.Float => CffiNames.FloatConstant(c.Value),
                    _ => CffiNames.Str(c.Value),
                },
            });
        }
        // `python: int` enums: their members are plain module constants.
        foreach (var e in Module.Enums.Where(e => e.Style == BoundEnumStyle.Int))
            foreach (var m in e.Members)
                if (seen.Add(m.CName)) result.Add(new ConstantModel { Name = m.CName, Literal = m.Value.ToString() });
        return result;
    }

    CallbackModel LowerCallback(BoundCallback cb)
    {
        var names = cb.Params.Select((p, i) => "_a" + i).ToList();
        var args = new List<string>();
        for (int i = 0; i < cb.Params.Count; i++)
        {
            if (i == cb.UserDataIndex) continue;
            var t = cb.Params[i].Type;
            args.Add(t switch
            {
                StringType st => $"_string({names[i]}, {(st.Encoding == StringEncoding.Utf8 ? "True" : "False")})",
                EnumType e when EnumClass(e.Enum) is { } cls => $"_enum_value({cls}, {names[i]})",
                _ => names[i],
            });
        }
        return new CallbackModel
        {
            PyName = CffiNames.PyTrampoline(cb.Name),
            ExternName = CffiNames.Trampoline(cb.Name),
            AbiPointer = CffiNames.AbiCallbackPointer(cb.Name),
            TypeLiteral = CffiNames.Str(cb.CTypeSpelling),
            Params = string.Join(", ", names),
            UserData = names[cb.UserDataIndex],
            Args = string.Join(", ", args),
            ReturnsVoid = cb.Return is VoidType,
            DefaultReturn = cb.Return switch { VoidType => "None", FloatType => "0.0", BoolType => "False", _ => "0" },
        };
    }
}
