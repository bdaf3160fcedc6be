using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Stubs;

/// <summary>Python type expressions for IR types, parameter roles and results. Total: anything it does not
/// know becomes `Any`, never an exception, so new IR features only make stubs vaguer.</summary>
public sealed class StubTypes(BoundModule module)
{
    public const string ReadableBuffer = "_ReadableBuffer";
    public const string WritableBuffer = "_WritableBuffer";

    /// <summary>A value C gives back.</summary>
    public string Out(BoundType? t) => t switch
    {
        IntType => "int",
        FloatType => "float",
        BoolType => "bool",
        EnumType e => EnumClass(e.Enum) ?? "int",
        StringType s => s.Encoding == StringEncoding.Bytes ? "bytes" : "str",
        HandleType h => HandleClass(h.Handle) ?? "Any",
        StructType s => StructClass(s.Struct) ?? "Any",
        PointerType => "int",
        VoidType => "None",
        _ => "Any",
    };

    /// <summary>A value the caller passes: enums also take plain ints.</summary>
    public string In(BoundType? t) => t is EnumType e && EnumClass(e.Enum) is { } cls ? $"{cls} | int" : Out(t);

    public string Param(ParamRole role) => role switch
    {
        ValueRole v => In(v.Type),
        InoutRole v => In(v.Type),
        StringRole s => Nullable(s.Encoding == StringEncoding.Bytes ? "bytes" : "str", s.Nullable),
        BufferRole { IsUtf8Text: true } t => Nullable("str", t.Nullable),
        BufferRole b => Nullable(b.Direction == BufferDirection.In ? ReadableBuffer : WritableBuffer, b.Nullable),
        HandleRole h => Nullable(HandleClass(h.Handle) ?? "Any", h.Nullable),
        StructRefRole s => Nullable(StructClass(s.Struct) ?? "Any", s.Nullable),
        CallbackRole c => Nullable(Callback(c.Signature), c.Nullable),
        _ => "Any",
    };

    public string Callback(BoundCallback cb)
    {
        var ps = cb.Params.Where((_, i) => i != cb.UserDataIndex).Select(p => Out(p.Type));
        var ret = cb.Return is VoidType ? "None" : In(cb.Return);
        return $"Callable[[{string.Join(", ", ps)}], {ret}]";
    }

    /// <summary>What a function returns: its results in order, one bare, several as a tuple, none as None.</summary>
    public string Results(BoundFunction f)
    {
        var parts = f.Results.Select(r => Result(f, r)).ToList();
        return parts.Count switch { 0 => "None", 1 => parts[0], _ => $"tuple[{string.Join(", ", parts)}]" };
    }

    string Result(BoundFunction f, BoundResult r)
    {
        var p = r.Param is null ? null : f.Params.FirstOrDefault(x => x.CName == r.Param);
        return r.Source switch
        {
            ResultSource.Return => f.Return.Kind == ReturnKind.Void ? "None" : Out(f.Return.Type),
            ResultSource.Out => p?.Role is OutRole o ? Out(o.Type) : "Any",
            ResultSource.Inout => p?.Role is InoutRole io ? Out(io.Type) : "Any",
            ResultSource.AllocBuffer or ResultSource.StreamOutput => "bytes",
            ResultSource.ProducedLength => "int",
            _ => "Any",
        };
    }

    static string Nullable(string t, bool nullable) => nullable ? $"{t} | None" : t;

    string? EnumClass(string cname) =>
        module.Enums.FirstOrDefault(e => e.CName == cname) is { Style: not BoundEnumStyle.Int } e ? e.ClassName : null;

    string? HandleClass(string ctype) => module.Handles.FirstOrDefault(h => h.CType == ctype)?.ClassName;
    string? StructClass(string cname) => module.Structs.FirstOrDefault(s => s.CName == cname)?.ClassName;
}
