using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>Questions about C types the binder asks repeatedly, answered by looking through typedefs.</summary>
public sealed class TypeFacts(CHeader header)
{
    readonly Dictionary<string, CRecord> _records = header.Records.GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.Last());
    readonly Dictionary<string, CTypedef> _typedefs = header.Typedefs.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());

    public IEnumerable<string> RecordAndTypedefNames => _records.Keys.Concat(_typedefs.Keys);
    public CRecord? Record(string name) => _records.GetValueOrDefault(name);

    /// <summary>A spec name for a struct: its tag, a typedef of it, or a typedef of a pointer to it (XML_Parser).</summary>
    public string? RecordNameOf(string name)
    {
        if (_records.ContainsKey(name)) return name;
        if (_typedefs.TryGetValue(name, out var td))
        {
            var c = td.Target.Canonical;
            if (c is CRecordType r) return r.Name;
            if (c is CPointerType { Pointee: var p } && p.Canonical is CRecordType pr) return pr.Name;
        }
        // A struct only ever forward-declared and used through pointers may not be in Records.
        return null;
    }

    /// <summary>The name C code should use for a record: its typedef when the header gives one, else "struct tag".</summary>
    public string RecordSpelling(string recordName)
    {
        var rec = Record(recordName);
        // An untagged record is spelled as the parser found C can name it (typedef name, `__typeof__(…)`).
        if (rec is { IsAnonymous: true }) return rec.CSpelling ?? recordName;
        var td = header.Typedefs.FirstOrDefault(t => t.Target.Canonical is CRecordType r && r.Name == recordName && t.Target is not CTypedefType);
        return td?.Name ?? ((rec?.IsUnion ?? false) ? "union " : "struct ") + recordName;
    }

    public string? TypedefNameOf(string recordName) =>
        header.Typedefs.FirstOrDefault(t => t.Target.Canonical is CRecordType r && r.Name == recordName)?.Name;

    public static CType Strip(CType t) => t.Canonical;

    public static bool IsVoid(CType t) => t.Canonical is CPrimitiveType { Primitive: CPrimitiveKind.Void };

    public static CType? Pointee(CType t) => t.Canonical is CPointerType p ? p.Pointee : t.Canonical is CArrayType a ? a.Element : null;

    public static bool IsCharLike(CType t) => t.Canonical is CPrimitiveType { Primitive: CPrimitiveKind.Char or CPrimitiveKind.SChar or CPrimitiveKind.UChar };

    public static bool IsFunctionPointer(CType t) => Pointee(t)?.Canonical is CFunctionType;

    public static CFunctionType? FunctionOf(CType t) => Pointee(t)?.Canonical as CFunctionType;

    /// <summary>An integer-valued type (integers, bool excluded, enums included when allowEnum).</summary>
    public static bool IsInteger(CType t, bool allowEnum = true) =>
        t.Canonical is CPrimitiveType { IsInteger: true, Primitive: not CPrimitiveKind.Bool } || (allowEnum && t.Canonical is CEnumType);

    /// <summary>The record a pointer points at (through typedefs), or null.</summary>
    public static string? PointeeRecord(CType t) => Pointee(t)?.Canonical is CRecordType r ? r.Name : null;

    /// <summary>The spelling of a type's pointee as C wants it for a cast or a local ("const Bytef").</summary>
    public static string PointeeSpelling(CType pointer) =>
        pointer.Canonical is CPointerType p ? p.Pointee.Spelling : pointer.Spelling;

    /// <summary>
    /// The plain value a C scalar type crosses as, or null when it is not a scalar.
    /// Spelling is the header's spelling (typedef names kept) with const dropped so it can declare a local.
    /// </summary>
    public BoundType? Scalar(CType t)
    {
        var spelling = LocalSpelling(t);
        switch (t.Canonical)
        {
            case CPrimitiveType { Primitive: CPrimitiveKind.Bool }:
                return new BoolType(spelling);
            case CPrimitiveType { Primitive: CPrimitiveKind.Float or CPrimitiveKind.Double } f:
                return new FloatType(spelling, (int)f.Size);
            case CPrimitiveType { IsInteger: true, Primitive: not (CPrimitiveKind.Int128 or CPrimitiveKind.UInt128) } i:
                return new IntType(spelling, (int)i.Size, i.IsSigned);
            case CEnumType e when header.FindEnum(e.Name) is { IsAnonymous: true, CSpelling: { } cs, Underlying: var u } && cs.StartsWith("__typeof__", StringComparison.Ordinal):
                // The unnamed enum type of a field (`enum { A, B } mode;`): C names it only through `__typeof__`, which
                // cffi and Cython declarations cannot carry, so the field crosses as its underlying integer on every target.
                return Scalar(u);
            case CEnumType e:
                var en = header.FindEnum(e.Name);
                var under = en?.Underlying.Canonical as CPrimitiveType;
                return new EnumType(spelling, e.Name, (int)(under?.Size ?? 4), under?.IsSigned ?? true);
            case CRecordType r when Record(r.Name) is { IsComplete: true }:
                return new StructType(spelling, r.Name);
            default:
                return null;
        }
    }

    /// <summary>A spelling usable to declare a writable local: top-level const removed.</summary>
    public static string LocalSpelling(CType t)
    {
        // `typedef const tg_u2 tg_u3;`: a tg_u3 local is const; spell the typedef's unqualified target instead.
        while (t is CTypedefType td && !t.IsConst && td.Canonical.IsConst) t = td.Target;
        var s = t.Spelling;
        if (t.IsConst && s.StartsWith("const ")) s = s[6..];
        else if (t.IsConst && s.EndsWith(" const")) s = s[..^6];
        return s;
    }

    /// <summary>sizeof the pointee for a buffer, treating void as bytes.</summary>
    public static int ElementSize(CType pointer)
    {
        var p = Pointee(pointer);
        if (p is null || IsVoid(p)) return 1;
        var size = p.Canonical.Size > 0 ? p.Canonical.Size : p.Size;
        return size > 0 ? (int)size : 1;
    }

    public static bool IsConstPointee(CType pointer) => Pointee(pointer) is { IsConst: true };

    public static StringEncoding DefaultEncoding => StringEncoding.Utf8;
}
