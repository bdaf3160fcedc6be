using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>
/// `functions.NAME.stream` (extension): checks that the function is a method of an `allocate` handle whose struct
/// has the four named fields (two data pointers, two integer lengths), that everything else it takes is a plain
/// value and that its return is consumed by an error convention; resolves the fields to offsets and C types.
/// </summary>
public static class StreamBinder
{
    public const string InputName = "data";
    public const long DefaultChunk = 16384;

    /// <summary>Checked before the parameters are bound: a stream function is a method of an `allocate` handle (reported otherwise).</summary>
    public static bool IsStreamable(BindContext ctx, CFunction f, FunctionKind kind)
    {
        if (kind.MethodOf is { } key && ctx.Handles[key].Spec.Allocate) return true;
        ctx.Diagnostics.Error(ctx.Spec.Functions[f.Name].At("stream"),
            $"'stream' on '{f.Name}': it must be a method of a handle with 'allocate: true' (its first parameter is the struct the buffers travel through)");
        return false;
    }

    public static BoundStream? Bind(BindContext ctx, CFunction f, StreamSpec ss, FunctionKind kind, IReadOnlyList<BoundParam> ps, BoundReturn ret, BoundError? error)
    {
        var at = ctx.Spec.Functions[f.Name].At("stream");
        var key = kind.MethodOf!;
        bool ok = true;
        foreach (var p in ps.Skip(1))
            if (p.Role is not (ValueRole or FixedRole))
            {
                ctx.Diagnostics.Error(at, $"'stream' on '{f.Name}': parameter '{p.CName}' must be a plain value (the input is the stream's `data` and the output its result)");
                ok = false;
            }
        if (ps.Any(p => p.PyName == InputName))
        {
            ctx.Diagnostics.Error(at, $"'stream' on '{f.Name}': a parameter is already named '{InputName}', the name of the stream's input");
            ok = false;
        }
        if (!(ret.Kind == ReturnKind.Void || ret.Hidden))
        {
            ctx.Diagnostics.Error(at, $"'stream' on '{f.Name}': its return must be void or checked by a return_code error convention (the method returns the produced bytes)");
            ok = false;
        }
        if (error is not null && error.Kind is not (ErrorKind.ReturnCode or ErrorKind.Negative))
        {
            ctx.Diagnostics.Error(at, $"'stream' on '{f.Name}': error convention '{error.Name}' must be return_code or negative");
            ok = false;
        }
        var record = ctx.Types.Record(ctx.RecordOf(key))!;
        var inData = Field(ctx, f, ss, record, "input.data", ss.InputData, pointer: true);
        var inLen = Field(ctx, f, ss, record, "input.length", ss.InputLength, pointer: false);
        var outData = Field(ctx, f, ss, record, "output.data", ss.OutputData, pointer: true);
        var outLen = Field(ctx, f, ss, record, "output.length", ss.OutputLength, pointer: false);
        if (!ok || inData is null || inLen is null || outData is null || outLen is null) return null;
        return new BoundStream(InputName, InputName, ctx.Types.RecordSpelling(record.Name), inData, inLen, outData, outLen, ss.Chunk ?? DefaultChunk);
    }

    static BoundStreamField? Field(BindContext ctx, CFunction f, StreamSpec ss, CRecord record, string what, string name, bool pointer)
    {
        var at = ss.FieldLocations[what];
        var field = record.Fields.FirstOrDefault(x => x.Name == name && x.BitWidth is null);
        if (field is null)
        {
            ctx.Diagnostics.Error(at, $"'stream' on '{f.Name}': {what} '{name}' is not a field of '{ctx.Types.RecordSpelling(record.Name)}'{Suggest.Hint(name, record.Fields.Select(x => x.Name))}");
            return null;
        }
        var size = (int)field.Type.Canonical.Size;
        if (pointer && (TypeFacts.Pointee(field.Type) is null || field.Type.Canonical is not CPointerType || TypeFacts.IsFunctionPointer(field.Type)))
        {
            ctx.Diagnostics.Error(at, $"'stream' on '{f.Name}': {what} '{name}' must be a data pointer, not '{field.Type.Spelling}'");
            return null;
        }
        if (!pointer && (!TypeFacts.IsInteger(field.Type, allowEnum: false) || ctx.Types.Scalar(field.Type) is not IntType it))
        {
            ctx.Diagnostics.Error(at, $"'stream' on '{f.Name}': {what} '{name}' must be an integer, not '{field.Type.Spelling}'");
            return null;
        }
        var result = new BoundStreamField(name, TypeFacts.LocalSpelling(field.Type), field.OffsetBits / 8, size);
        var it2 = (IntType)ctx.Types.Scalar(field.Type)!;
        return pointer ? result : result with { MaxValue = it2.MaxValue, Signed = it2.Signed };
    }
}
