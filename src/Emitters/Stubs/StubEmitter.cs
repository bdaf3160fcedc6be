using Bindgen.Emitters.Common;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.Stubs;

/// <summary>
/// `MODULE.pyi` from the IR, the same for every Python target (they share one public API): functions with typed
/// parameters and results (buffers as buffer-protocol unions, out params in tuple returns), handle classes with
/// their methods and context-manager protocol, structs, enums, exceptions and constants.
/// </summary>
public static class StubEmitter
{
    static readonly TemplateRenderer Renderer = new("Stubs");

    /// <summary>The targets whose output is a Python module and so gets the stub.</summary>
    public static readonly IReadOnlySet<string> PythonTargets = new HashSet<string> { "classic", "abi3", "hpy", "cffi", "cython" };

    public static GeneratedFile File(BoundModule module, GeneratorInfo info) =>
        new(module.Name + ".pyi", Render(module, info, package: false));

    /// <summary>The stub text; a package's also declares __backend__ and its __all__.</summary>
    public static string Render(BoundModule module, GeneratorInfo info, bool package)
    {
        var t = new StubTypes(module);
        var names = PublicApi.Of(module);
        var model = new StubModel
        {
            HeaderLine = info.HeaderLine,
            Package = package,
            All = names.All.Select(PyText.Str).ToList(),
            Exceptions = module.Errors.GroupBy(e => e.ExceptionClass).Select(g => new StubClass(g.Key, g.First().BaseClass, [])).ToList(),
            Enums = module.Enums.Where(e => e.Style != BoundEnumStyle.Int)
                .Select(e => new StubClass(e.ClassName, e.Style == BoundEnumStyle.IntFlag ? "_enum.IntFlag" : "_enum.IntEnum",
                    e.Members.Count == 0 ? ["..."] : e.Members.Select(m => $"{m.PyName} = {m.Value}").ToList())).ToList(),
            Structs = module.Structs.Select(s => Struct(t, s)).ToList(),
            Handles = module.Handles.Select(h => Handle(t, h)).ToList(),
            Functions = module.Functions.Select(f => Def(t, f, f.PyName, self: false)).ToList(),
            Constants = Constants(module, names)
                .Concat(module.Variables.Select(v => $"{v.PyName}: {t.Out(v.Type)}")).ToList(),
        };
        return Renderer.Render("Stub.sbn", model);
    }

    static string Def(StubTypes t, BoundFunction f, string name, bool self, string? returns = null)
    {
        // Python order: positional parameters, then keyword-only ones (a defaulted parameter before a required one).
        var args = new List<string>();
        if (self) args.Add("self");
        if (f.Stream is { } st) args.Add($"{st.InputName}: {StubTypes.ReadableBuffer}");
        var star = false;
        foreach (var p in f.PyParams)
        {
            if (p.KeywordOnly && !star) { args.Add("*"); star = true; }
            args.Add($"{p.PyName}: {t.Param(p.Role)}" + (p.Default is not null ? " = ..." : ""));
        }
        return $"def {name}({string.Join(", ", args)}) -> {returns ?? t.Results(f)}: ...";
    }

    static StubClass Struct(StubTypes t, BoundStruct s)
    {
        var body = new List<string>();
        // readonly fields are not constructor arguments on every backend
        var init = s.Fields.Where(f => !f.Readonly).Select(f => $"{f.PyName}: {FieldType(t, f)} = ...");
        body.Add($"def __init__(self{string.Concat(init.Select(a => ", " + a))}) -> None: ...");
        foreach (var f in s.Fields)
        {
            if (f.Readonly) { body.Add("@property"); body.Add($"def {f.PyName}(self) -> {FieldType(t, f)}: ..."); }
            else body.Add($"{f.PyName}: {FieldType(t, f)}");
        }
        return new StubClass(s.ClassName, "", body);
    }

    static string FieldType(StubTypes t, BoundField f) => f.ArrayLength is null ? t.Out(f.Type) : "Any";

    static StubClass Handle(StubTypes t, BoundHandle h)
    {
        var body = new List<string>();
        if (h.Constructor is { } c) body.Add(Def(t, c, "__init__", self: true, returns: "None"));
        foreach (var m in h.Methods) body.Add(Def(t, m, m.PyName, self: true));
        body.Add("def close(self) -> None: ...");
        body.Add($"def __enter__(self) -> {h.ClassName}: ...");
        body.Add("def __exit__(self, *exc_info: object) -> bool: ...");
        return new StubClass(h.ClassName, "", body);
    }

    static List<string> Constants(BoundModule module, PublicApi.Names names)
    {
        var kinds = module.Constants.GroupBy(c => c.CName).ToDictionary(g => g.Key, g => g.First().Kind);
        return names.Constants.Select(n => $"{n}: " + (kinds.TryGetValue(n, out var k) ? k switch
        {
            ConstantKind.Float => "float",
            ConstantKind.String => "str",
            _ => "int",
        } : "int")).ToList();
    }
}

/// <summary>A class in the stub: its base ("" for none) and body lines (one statement each).</summary>
public sealed record StubClass(string Name, string Base, List<string> Body);

public sealed class StubModel
{
    public required string HeaderLine { get; init; }
    public bool Package { get; init; }
    public List<string> All { get; init; } = new();
    public List<StubClass> Exceptions { get; init; } = new();
    public List<StubClass> Enums { get; init; } = new();
    public List<StubClass> Structs { get; init; } = new();
    public List<StubClass> Handles { get; init; } = new();
    public List<string> Functions { get; init; } = new();
    public List<string> Constants { get; init; } = new();
}
