using Bindgen.Model.IR;

namespace Bindgen.Emitters.Cython;

/// <summary>
/// The `cython` target: c&lt;module&gt;.pxd declaring the headers (usable on its own from hand-written Cython),
/// &lt;module&gt;.pyx with the spec's semantics, setup.py and pyproject.toml.
///
/// Cython versions: the output is built with Debian's cython3 0.29.x and written to mean the same under Cython 3:
/// `language_level=3` and `binding=True` set explicitly; callback trampolines are `noexcept with gil` and catch
/// every exception themselves (re-raised by the outer call), and function pointer types in the .pxd are declared
/// `noexcept` (0.29.31+ accepts the keyword; Cython 3 requires it to assign a noexcept function); extern blocks
/// are `nogil` so `gil: release` calls need no per-function annotation; no `cpdef enum`, no `IF`/`DEF`.
///
/// Call overhead: a function's body is a `cdef` function; its name is bound to a METH_FASTCALL builtin that takes
/// positional calls directly, and the `def` (Cython's argument parsing) serves every other call; methods likewise
/// (a method descriptor put in the type's dict), or METH_NOARGS when they take nothing but self (see FastEntryLowering).
/// </summary>
public sealed class CythonEmitter : IEmitter
{
    public string Target => "cython";

    public static string PxdName(BoundModule m) => "c" + m.Name;

    public IReadOnlyList<GeneratedFile> Emit(BoundModule module, GeneratorInfo info)
    {
        module = WithoutUnspellableStructs(module);
        var names = new CythonNames(module);
        var functions = new FunctionLowering(module, names);
        var classes = new ClassLowering(names, functions);
        var header = info.HeaderLine;

        var pxdLines = new PxdWriter(module.Header).Lines();
        var headers = module.Headers.Count > 0 ? module.Headers : module.Header.Headers;
        var pxd = new PxdModel(header, CyTypes.StdintNames, headers.Take(Math.Max(0, headers.Count - 1)).ToList(),
            headers.Count > 0 ? headers[^1] : "", pxdLines);

        var pyx = new PyxModel(
            header, module.Name, PxdName(module),
            PyLiterals.Doc($"Python bindings of {string.Join(", ", headers)} (module {module.Name})."),
            CyTypes.StdintNames,
            module.Constants.Select(Constant).ToList(),
            module.Enums.Select(Enum).ToList(),
            Exceptions(module),
            module.Structs.Select(classes.Struct).ToList(),
            module.Handles.Select(classes.Handle).ToList(),
            module.Callbacks.Select(classes.Callback).ToList(),
            module.Functions.Select(f => functions.Lower(f, FunctionMode.Function)).ToList(),
            // Globals: read on each access through the module's __getattr__ (PEP 562), never written.
            module.Variables.Select(v => new PyConstant(v.PyName, functions.ToPy(v.Type, names.C(v.CName)))).ToList())
        {
            Streams = functions.StreamHelpers(),
        };

        var setup = new SetupModel(header, module.Name, module.Name + ".pyx",
            module.AbsoluteIncludeDirs.Select(info.Relative).Distinct().ToList(),
            module.Libraries,
            module.Defines.Select(d => $"({PyLiterals.Str(d.Key)}, {(d.Value.Length == 0 ? "None" : PyLiterals.Str(d.Value))})").ToList());

        var r = new TemplateRenderer();
        return
        [
            new GeneratedFile(PxdName(module) + ".pxd", r.Render("Pxd", pxd)),
            new GeneratedFile(module.Name + ".pyx", r.Render("Module", pyx)),
            new GeneratedFile("setup.py", r.Render("Setup", setup)),
            new GeneratedFile("pyproject.toml", r.Render("Pyproject", setup)),
        ];
    }

    public IReadOnlyList<BuildStep> BuildSteps(BoundModule module) =>
        [new BuildStep("{python}", ["setup.py", "-q", "build_ext", "--inplace"])];

    /// <summary>
    /// A record declared without a tag inside another (`union { struct {...} alias; } data;`) has no C name the .pyx
    /// could declare a variable with: it is not a class of its own, and fields of its type are left out. Its fields
    /// stay reachable from hand-written Cython through the .pxd (`tok.data.alias.value`).
    /// </summary>
    static BoundModule WithoutUnspellableStructs(BoundModule module)
    {
        var anonymous = module.Header.Records.Where(r => r.IsAnonymous).Select(r => r.Name).ToHashSet();
        var unspellable = module.Header.Records.SelectMany(r => r.Fields)
            .Select(f => f.Type is Bindgen.Model.C.CArrayType a ? a.Element : f.Type)
            .OfType<Bindgen.Model.C.CRecordType>().Select(t => t.Name)
            .Where(anonymous.Contains).ToHashSet();
        if (unspellable.Count == 0) return module;
        return module with
        {
            Structs = module.Structs.Where(s => !unspellable.Contains(s.CName))
                .Select(s => s with { Fields = s.Fields.Where(f => f.Type is not StructType st || !unspellable.Contains(st.Struct)).ToList() })
                .ToList(),
        };
    }

    public string? InterpreterCheck(BoundModule module) =>
        "import sys\ntry:\n    import Cython\nexcept ImportError:\n    sys.exit('has no Cython')\n";

    /// <summary>Debian's cython3 is installed for the system interpreter, not for others on PATH (pyenv).</summary>
    public string DefaultPython(BoundModule module) => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    static PyConstant Constant(BoundConstant c) => new(c.CName, c.Kind switch
    {
        ConstantKind.String => PyLiterals.Str(c.Value),
        ConstantKind.Float => PyLiterals.Float(c.Value),
        _ => c.Value,
    });

    static PyEnum Enum(BoundEnum e)
    {
        var style = e.Style switch { BoundEnumStyle.IntEnum => "_bg_enum_mod.IntEnum", BoundEnumStyle.IntFlag => "_bg_enum_mod.IntFlag", _ => null };
        var members = e.Members.Select(m => new PyEnumMember(style is null ? m.CName : m.PyName, m.Value.ToString())).ToList();
        return new PyEnum(e.ClassName, style, PyLiterals.Doc(e.Doc), members);
    }

    static List<PyException> Exceptions(BoundModule module) =>
        module.Errors
            .Where(e => !CythonNames.IsBuiltinException(e.ExceptionClass))
            .GroupBy(e => e.ExceptionClass)
            .Select(g => new PyException(g.Key, g.First().BaseClass,
                PyLiterals.Doc($"Raised by {module.Name} for the error convention{(g.Count() > 1 ? "s" : "")} {string.Join(", ", g.Select(e => e.Name))}; `code` holds the C value.")!))
            .ToList();
}
