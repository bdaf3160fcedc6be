using System.Globalization;
using Bindgen.Model.Binder;
using Bindgen.Model.C;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.CSharp;

public sealed class StructModel
{
    public required IReadOnlyList<string> Doc { get; init; }
    public required string Layout { get; init; }
    public required string Name { get; init; }
    /// <summary>Member declarations, each a few lines (doc, attributes, declaration).</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Members { get; init; }
    /// <summary>Statements of the layout self-check (sizeof/offsetof against the C compiler's numbers).</summary>
    public required IReadOnlyList<string> Checks { get; init; }
}

/// <summary>
/// Exposed structs as blittable C# structs. Sequential layout when C# lays the fields out exactly where the
/// C compiler did; otherwise (unions, bitfields, dropped fields, odd packing) explicit offsets and size from the model.
/// bool fields are stored as bytes (bool is not blittable); arrays are [InlineArray] types; bitfields are properties
/// over their storage unit.
/// </summary>
internal sealed class StructLowering(CsContext cx)
{
    public StructModel Lower(BoundStruct s)
    {
        var name = cx.StructName(s.CName);
        var unbound = Unbound(s).ToList();
        bool sequential = unbound.Count == 0 && IsSequential(s);
        var members = new List<(long Offset, IReadOnlyList<string> Lines)>();
        var checks = new List<string>
        {
            $"{name} __s = default;",
            "byte* __b = (byte*)&__s;",
            $"checks.Add(({CsSyntax.String("sizeof(" + s.CName + ")")}, {s.Size}, sizeof({name})));",
        };
        string At(long offset) => sequential ? "" : $"[FieldOffset({offset})] ";
        void Check(string what, long expected, string field) =>
            checks.Add($"checks.Add(({CsSyntax.String($"offsetof({s.CName}, {what})")}, {expected}, (byte*)&__s.{field} - __b));");

        var storage = new HashSet<string>();
        foreach (var f in s.Fields)
        {
            var fname = CsSyntax.Identifier(f.CName);
            var m = new List<string>(CsSyntax.Doc(f.Doc));
            if (f.BitWidth is { } width)
            {
                var (unit, _) = cx.SizeOf(f.Type);
                var store = $"_bitfield{f.Offset}" + (storage.Any(x => x.StartsWith($"_bitfield{f.Offset}:")) && !storage.Contains($"_bitfield{f.Offset}:{unit}") ? $"_{unit}" : "");
                if (storage.Add($"_bitfield{f.Offset}:{unit}"))
                {
                    members.Add((f.Offset, [$"{At(f.Offset)}private {CsContext.IntName((int)unit, false)} {store};"]));
                    Check(f.CName + " storage", f.Offset, store);
                }
                m.AddRange(BitfieldProperty(f, fname, store, (int)unit, width));
                members.Add((f.Offset, m));
                continue;
            }
            if (f.ArrayLength is { } n)
            {
                var arr = Naming.Pascal(f.CName) + "Array";
                var elem = cx.NativeType(f.Type);
                members.Add((f.Offset, [$"/// <summary>Storage of <see cref=\"{fname}\"/>: {n} elements of {Xml(elem)}.</summary>",
                             $"[global::System.Runtime.CompilerServices.InlineArray({n})]",
                             $"public struct {arr} {{ private {elem} _element0; }}"]));
                m.Add($"{At(f.Offset)}public {arr} {fname};");
                members.Add((f.Offset, m));
                Check(f.CName, f.Offset, fname);
                continue;
            }
            var type = cx.PublicType(f.Type);
            if (f.Type is BoolType || f.Readonly)
            {
                var nt = cx.NativeType(f.Type);
                var store = "_" + f.CName;
                members.Add((f.Offset, [$"{At(f.Offset)}private {nt} {store};"]));
                m.Add(f.Readonly
                    ? $"public readonly {type} {fname} => {CsContext.FromNative(f.Type, store)};"
                    : $"public {type} {fname} {{ readonly get => {CsContext.FromNative(f.Type, store)}; set => {store} = {CsContext.ToNative(f.Type, "value")}; }}");
                members.Add((f.Offset, m));
                Check(f.CName, f.Offset, store);
                continue;
            }
            m.Add($"{At(f.Offset)}public {type} {fname};");
            members.Add((f.Offset, m));
            Check(f.CName, f.Offset, fname);
        }
        foreach (var (cname, offset, member) in unbound)
        {
            members.Add((offset, member));
            checks.Add($"checks.Add(({CsSyntax.String($"offsetof({s.CName}, {cname})")}, {offset}, (byte*)&__s._{cname} - __b));");
        }
        return new StructModel
        {
            Doc = CsSyntax.Doc(s.Doc),
            Layout = sequential ? "[StructLayout(LayoutKind.Sequential)]" : $"[StructLayout(LayoutKind.Explicit, Size = {s.Size})]",
            Name = name,
            Members = members.OrderBy(m => m.Offset).Select(m => m.Lines).ToList(),
            Checks = checks,
        };
    }

    /// <summary>
    /// C fields the binder left out (pointers, unexposed records): private members of the same size at the same offset,
    /// pointer-typed where C has pointers, so that the struct passes by value under the platform ABI exactly as in C.
    /// </summary>
    IEnumerable<(string CName, long Offset, IReadOnlyList<string> Member)> Unbound(BoundStruct s)
    {
        var record = cx.Module.Header.FindRecord(s.CName);
        if (record is null) yield break;
        var bound = s.Fields.Select(f => f.CName).ToHashSet();
        foreach (var (f, bits) in Flatten(record, 0))
        {
            if (bound.Contains(f.Name) || f.BitWidth is not null) continue;
            long offset = bits / 8;
            var at = $"[FieldOffset({offset})] ";
            var t = f.Type.Canonical;
            if (t is CPointerType)
                yield return (f.Name, offset, [$"{at}private nint _{f.Name};"]);
            else if (t is CArrayType { Length: { } n, Element: var e } && e.Canonical is CPointerType)
                yield return (f.Name, offset, [$"[global::System.Runtime.CompilerServices.InlineArray({n})] private struct _{f.Name}_array {{ private nint _element0; }}",
                                               $"{at}private _{f.Name}_array _{f.Name};"]);
            else if (t.Size > 0)
                yield return (f.Name, offset, [$"[global::System.Runtime.CompilerServices.InlineArray({t.Size})] private struct _{f.Name}_bytes {{ private byte _element0; }}",
                                               $"{at}private _{f.Name}_bytes _{f.Name};"]);
        }
    }

    IEnumerable<(CField Field, long OffsetBits)> Flatten(CRecord r, long baseBits)
    {
        foreach (var f in r.Fields)
        {
            if (f.IsAnonymous && f.Type.Canonical is CRecordType rt && cx.Module.Header.FindRecord(rt.Name) is { } inner)
                foreach (var x in Flatten(inner, baseBits + f.OffsetBits)) yield return x;
            else yield return (f, baseBits + f.OffsetBits);
        }
    }

    static string Xml(string s) => s.Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>True when C#'s sequential rules reproduce every C offset and the size.</summary>
    bool IsSequential(BoundStruct s)
    {
        if (s.IsUnion || s.Fields.Any(f => f.BitWidth is not null)) return false;
        long offset = 0, maxAlign = 1;
        foreach (var f in s.Fields)
        {
            var (size, align) = cx.SizeOf(f.Type);
            if (f.ArrayLength is { } n) size *= n;
            offset = (offset + align - 1) / align * align;
            if (offset != f.Offset) return false;
            offset += size;
            maxAlign = Math.Max(maxAlign, align);
        }
        offset = (offset + maxAlign - 1) / maxAlign * maxAlign;
        return offset == s.Size && s.Fields.Count > 0;
    }

    IEnumerable<string> BitfieldProperty(BoundField f, string fname, string store, int unit, int width)
    {
        int bits = unit == 8 ? 64 : 32;
        var u = bits == 64 ? "ulong" : "uint";
        var sgn = bits == 64 ? "long" : "int";
        var suffix = bits == 64 ? "UL" : "U";
        var mask = "0x" + (width >= 64 ? ulong.MaxValue : (1UL << width) - 1).ToString("X", CultureInfo.InvariantCulture) + suffix;
        var type = cx.PublicType(f.Type);
        var storeType = CsContext.IntName(unit, false);
        bool signed = f.Type is IntType { Signed: true } || f.Type is EnumType { Signed: true };
        string get = f.Type is BoolType
            ? $"((({u}){store} >> {f.BitOffset}) & {mask}) != 0"
            : signed
                ? $"({type})((({sgn})(({u}){store} << {bits - f.BitOffset - width})) >> {bits - width})"
                : $"({type})((({u}){store} >> {f.BitOffset}) & {mask})";
        var value = f.Type is BoolType ? $"(value ? 1{suffix} : 0{suffix})" : $"({u})value";
        string check = "";
        if (f.Type is IntType it2 && width < it2.Size * 8)
            check = it2.Signed
                ? $"if (value < -{1L << (width - 1)} || value > {(1L << (width - 1)) - 1}) throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"{f.CName} is a {width}-bit field\"); "
                : $"if (value > {(1UL << width) - 1}) throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"{f.CName} is a {width}-bit field\"); ";
        var set = $"{check}{store} = ({storeType})((({u}){store} & ~({mask} << {f.BitOffset})) | (({value} & {mask}) << {f.BitOffset}));";
        yield return $"public {type} {fname}";
        yield return "{";
        yield return $"    readonly get => {get};";
        if (!f.Readonly)
        {
            yield return "    set";
            yield return "    {";
            foreach (var stmt in set.Split("; ", StringSplitOptions.RemoveEmptyEntries)) yield return "        " + stmt.TrimEnd(';') + ";";
            yield return "    }";
        }
        yield return "}";
    }
}
