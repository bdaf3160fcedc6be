using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>Exposes complete structs as value classes; fields that cannot cross are left out with one warning per struct.</summary>
public static class StructBinder
{
    /// <summary>Which records are exposed: complete, selected, not opaque in the spec, not a handle, not an anonymous member.</summary>
    public static HashSet<string> ExposedNames(BindContext ctx)
    {
        var anonymousMembers = ctx.Header.Records.SelectMany(r => r.Fields).Where(f => f.IsAnonymous)
            .Select(f => f.Type.Canonical).OfType<CRecordType>().Select(r => r.Name).ToHashSet();
        // `union { … } data;` inside a struct: the field's type is the record itself, not a typedef, and its name is
        // synthesized (yaml_token_s_data): C code cannot spell it.
        var inlineTypes = ctx.Header.Records.SelectMany(r => r.Fields).Where(f => !f.IsAnonymous)
            .Select(f => ElementOf(f.Type)).OfType<CRecordType>().Select(r => r.Name).ToHashSet();
        var opaque = ctx.Spec.Structs.Where(kv => kv.Value.Opaque).Select(kv => ctx.Types.RecordNameOf(kv.Key) ?? kv.Key).ToHashSet();
        var names = new HashSet<string>();
        foreach (var r in ctx.Header.Records)
        {
            if (!r.IsComplete || r.Size <= 0 || r.HasFlexibleArray || anonymousMembers.Contains(r.Name) || opaque.Contains(r.Name)) continue;
            if (ctx.Handles.Values.Any(h => h.Record == r.Name)) continue;
            if (r.IsAnonymous && inlineTypes.Contains(r.Name)) continue;
            var typedef = ctx.Types.TypedefNameOf(r.Name);
            bool listed = ctx.Spec.Structs.ContainsKey(r.Name) || (typedef is not null && ctx.Spec.Structs.ContainsKey(typedef));
            if (!listed && !ctx.IsSelected(r.Name) && !(typedef is not null && ctx.IsSelected(typedef))) continue;
            names.Add(r.Name);
        }
        return names;
    }

    static CType ElementOf(CType t) => t is CArrayType a ? ElementOf(a.Element) : t;

    public static void CheckSpecNames(BindContext ctx)
    {
        foreach (var (name, s) in ctx.Spec.Structs)
        {
            var rec = ctx.Types.RecordNameOf(name);
            if (rec is null) { ctx.Diagnostics.Error(s.Location, $"struct '{name}' is not declared in the headers{ctx.WhereLooked}{Suggest.Hint(name, ctx.Types.RecordAndTypedefNames)}"); continue; }
            var r = ctx.Types.Record(rec)!;
            foreach (var (fname, fsp) in s.Fields)
                if (AllFields(ctx, r, 0).All(x => x.Field.Name != fname))
                    ctx.Diagnostics.Error(fsp.Location, $"struct '{name}' has no field '{fname}'{Suggest.Hint(fname, r.Fields.Select(x => x.Name))}");
            CheckStringStruct(ctx, name, rec, s);
        }
    }

    /// <summary>Extension: string_via must return a char pointer from the struct by value; free must take the struct by value.</summary>
    static void CheckStringStruct(BindContext ctx, string name, string rec, StructSpec s)
    {
        bool TakesStruct(CFunction fn) => fn.Params.Count == 1 && fn.Params[0].Type.Canonical is CRecordType pr && pr.Name == rec;
        foreach (var (key, fname) in new[] { ("string_via", s.StringVia), ("free", s.Free) })
        {
            if (fname is null) continue;
            var fn = ctx.Header.FindFunction(fname);
            if (fn is null)
                ctx.Diagnostics.Error(s.At(key), $"{key} '{fname}' of struct '{name}' is not declared in the headers{ctx.WhereLooked}{Suggest.Hint(fname, ctx.Header.Functions.Select(x => x.Name))}");
            else if (!TakesStruct(fn) || (key == "string_via" && !(TypeFacts.Pointee(fn.Return) is { } p && TypeFacts.IsCharLike(p))))
                ctx.Diagnostics.Error(s.At(key), key == "string_via"
                    ? $"string_via '{fname}' of struct '{name}' must take one '{name}' by value and return a char pointer"
                    : $"free '{fname}' of struct '{name}' must take one '{name}' by value");
        }
    }

    public static BoundStruct Bind(BindContext ctx, string recordName, ISet<string> exposed)
    {
        var r = ctx.Types.Record(recordName)!;
        var typedef = ctx.Types.TypedefNameOf(recordName);
        var spec = ctx.Spec.Structs.GetValueOrDefault(recordName) ?? (typedef is null ? null : ctx.Spec.Structs.GetValueOrDefault(typedef));
        var fields = new List<BoundField>();
        var dropped = new List<string>();
        foreach (var (field, offsetBits) in AllFields(ctx, r, 0))
        {
            var bound = BindField(ctx, field, offsetBits, exposed);
            if (bound is null) { dropped.Add($"{field.Name} ({field.Type.Spelling})"); continue; }
            fields.Add(bound with { Readonly = spec?.Fields.GetValueOrDefault(field.Name)?.Readonly ?? false });
        }
        if (dropped.Count > 0)
            ctx.Diagnostics.Warning(spec?.Location ?? r.Location, $"struct '{recordName}': fields without a binding are not exposed: {string.Join(", ", dropped)}");
        var className = typedef ?? recordName;
        return new BoundStruct(recordName, className, ctx.Types.RecordSpelling(recordName), r.Size, r.Align, fields) { IsUnion = r.IsUnion, Doc = r.Doc };
    }

    /// <summary>Fields in order, anonymous members flattened into their parent with their offsets added.</summary>
    static IEnumerable<(CField Field, long OffsetBits)> AllFields(BindContext ctx, CRecord r, long baseBits)
    {
        foreach (var f in r.Fields)
        {
            if (f.IsAnonymous && f.Type.Canonical is CRecordType rt && ctx.Types.Record(rt.Name) is { } inner)
            {
                foreach (var x in AllFields(ctx, inner, baseBits + f.OffsetBits)) yield return x;
            }
            else yield return (f, baseBits + f.OffsetBits);
        }
    }

    static BoundField? BindField(BindContext ctx, CField f, long offsetBits, ISet<string> exposed)
    {
        var t = f.Type;
        long? arrayLength = null;
        if (t.Canonical is CArrayType { Length: { } n } arr) { arrayLength = n; t = arr.Element; }
        var scalar = ctx.Types.Scalar(t);
        if (scalar is null || (scalar is StructType s && !exposed.Contains(s.Struct))) return null;
        if (f.BitWidth is { } width)
        {
            var unitBytes = Math.Max(1, scalar is IntType it ? it.Size : 4);
            var offset = offsetBits / 8 / unitBytes * unitBytes;
            return new BoundField(f.Name, Naming.PythonIdentifier(f.Name), scalar, offset) { BitWidth = width, BitOffset = (int)(offsetBits - offset * 8), Doc = f.Doc };
        }
        return new BoundField(f.Name, Naming.PythonIdentifier(f.Name), scalar, offsetBits / 8) { ArrayLength = arrayLength, Doc = f.Doc };
    }
}
