using System.Text;
using Bindgen.Model.C;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.Cffi;

/// <summary>
/// The cdef a cffi user would otherwise paste by hand, generated from the parsed headers: forward declarations,
/// enums, typedefs and struct bodies in dependency order, the functions the bindings call, `extern "Python"`
/// trampolines (API mode) and integer macros. Only what the bound module reaches is declared.
/// </summary>
public sealed class CdefWriter : CDeclarator.INames
{
    readonly BoundModule _m;
    readonly CHeader _h;
    readonly bool _api;
    readonly List<string> _forwards = new();
    readonly List<string> _items = new();
    readonly HashSet<string> _typedefsDone = new();
    readonly HashSet<string> _bodiesDone = new();
    readonly HashSet<string> _enumsDone = new();
    readonly HashSet<string> _anonVisited = new();
    readonly HashSet<string> _forwardDone = new();

    readonly HashSet<string> _twins;
    readonly List<string> _twinBodies = new();
    readonly HashSet<string> _twinsDone = new();

    CdefWriter(BoundModule m, bool api) { _m = m; _h = m.Header; _api = api; _twins = api ? new() : AbiTwins(m); }

    /// <summary>The name of the bitfield-free twin of a record (ABI mode: libffi cannot pass structs with bitfields by value).</summary>
    public static string TwinName(string record) => "_bindgen_abi_" + record;

    /// <summary>
    /// ABI mode: records with bitfields passed or returned by value. libffi cannot do that, so such functions are
    /// declared with a twin struct of the same layout whose bitfield runs are plain integers/bytes; the module copies
    /// the bytes across.
    /// </summary>
    public static HashSet<string> AbiTwins(BoundModule m)
    {
        var result = new HashSet<string>();
        foreach (var name in NeededFunctions(m, false))
            if (m.Header.FindFunction(name) is { } f)
                foreach (var t in f.Params.Select(p => p.Type).Append(f.Return))
                    if (Strip(t) is CRecordType r && NeedsTwin(m.Header, r.Name, 0)) result.Add(r.Name);
        return result;
    }

    static bool NeedsTwin(CHeader h, string record, int depth) =>
        depth < 16 && h.FindRecord(record) is { IsComplete: true } rec &&
        rec.Fields.Any(f => f.BitWidth is not null || Strip(f.Type) is CRecordType r && NeedsTwin(h, r.Name, depth + 1));

    /// <summary>T, or the twin record type when T is (a typedef of) a record that needs one.</summary>
    CType TwinOf(CType t) =>
        Strip(t) is CRecordType r && _twins.Contains(r.Name) ? new CRecordType(TwinName(r.Name), r.IsUnion) { Spelling = TwinName(r.Name), IsConst = t.IsConst } : t;

    void EmitTwin(string record)
    {
        if (!_twinsDone.Add(record)) return;
        var rec = _h.FindRecord(record)!;
        var sb = new StringBuilder($"{(rec.IsUnion ? "union" : "struct")} {TwinName(record)} {{\n");
        long pos = 0;
        int k = 0;
        for (int i = 0; i < rec.Fields.Count; i++)
        {
            var f = rec.Fields[i];
            if (f.BitWidth is not null)
            {
                int j = i;
                while (j < rec.Fields.Count && rec.Fields[j].BitWidth is not null) j++;
                long end = j < rec.Fields.Count ? rec.Fields[j].OffsetBits / 8 : rec.Size;
                long unit = Math.Max(1, Strip(f.Type).Size);
                long len = end - pos;
                if (len == unit && pos % unit == 0 && unit is 1 or 2 or 4 or 8) sb.Append($"    uint{unit * 8}_t _bits{k++};\n");
                else if (len > 0 && pos % unit == 0 && len % unit == 0 && unit is 2 or 4 or 8) sb.Append($"    uint{unit * 8}_t _bits{k++}[{len / unit}];\n");
                else if (len > 0) sb.Append($"    uint8_t _bits{k++}[{len}];\n");
                pos = end;
                i = j - 1;
                continue;
            }
            var ft = f.Type;
            if (Strip(ft) is CRecordType nr && NeedsTwin(_h, nr.Name, 0)) { EmitTwin(nr.Name); ft = new CRecordType(TwinName(nr.Name), nr.IsUnion) { Spelling = TwinName(nr.Name) }; }
            sb.Append("    ").Append(CDeclarator.Declare(ft, f.Name, this)).Append(";\n");
            pos = f.OffsetBits / 8 + Math.Max(0, Strip(f.Type).Size);
        }
        _twinBodies.Add(sb.Append("};").ToString());
    }

    /// <summary>The cdef text for MODULE in api or abi mode.</summary>
    public static string Write(BoundModule m, bool api) => new CdefWriter(m, api).Build();

    /// <summary>
    /// Whether the struct's C type can be named in the cdef. Not for an anonymous struct that is only the type of a
    /// named field (`struct { ... } stream;`): the parser names it Parent_field, a name C does not know.
    /// </summary>
    public static bool Declarable(BoundModule m, BoundStruct s) =>
        m.Header.FindRecord(s.CName) is not { IsAnonymous: true } || m.Header.FindTypedef(s.CSpelling) is not null ||
        !m.Header.Records.SelectMany(r => r.Fields).Any(f => !f.IsAnonymous && ElementOf(f.Type) is CRecordType r && r.Name == s.CName);

    static CType ElementOf(CType t) => t switch { CArrayType a => ElementOf(a.Element), CPointerType p => ElementOf(p.Pointee), _ => t };

    /// <summary>The C functions the Python module calls through lib: bound functions and their helpers.</summary>
    public static IReadOnlyList<string> NeededFunctions(BoundModule m, bool api)
    {
        var names = new List<string>();
        void Add(string? n) { if (n is not null && !names.Contains(n)) names.Add(n); }
        foreach (var f in m.AllFunctions)
        {
            Add(f.CName);
            Add(f.Return.Free);
            foreach (var p in f.Params)
            {
                if (p.Role is OutRole o) Add(o.Free);
                if (p.Role is BufferRole { Alloc: { } e }) foreach (var c in Calls(e)) Add(c);
            }
        }
        foreach (var e in m.Errors) { Add(e.MessageFunction); Add(e.MessageFromFunction); }
        foreach (var h in m.Handles) Add(h.Destructor);
        return names;
    }

    static IEnumerable<string> Calls(Expr e) => e switch
    {
        CallExpr c => c.Args.SelectMany(Calls).Prepend(c.Function),
        BinaryExpr b => Calls(b.Left).Concat(Calls(b.Right)),
        _ => [],
    };

    string Build()
    {
        var functions = new List<string>();
        foreach (var name in NeededFunctions(_m, _api))
        {
            var f = _h.FindFunction(name);
            if (f is null)
            {
                if (name == "free") functions.Add("void free(void *);");
                continue;
            }
            Visit(f.Return, true);
            foreach (var p in f.Params) Visit(p.Type, true);
            foreach (var t in f.Params.Select(p => p.Type).Append(f.Return))
                if (Strip(t) is CRecordType r && _twins.Contains(r.Name)) EmitTwin(r.Name);
            var ps = f.Params.Select(p => CDeclarator.Declare(TwinOf(p.Type), p.Unnamed ? "" : CDeclarator.SafeParamName(p.Name), this)).ToList();
            if (f.IsVariadic) ps.Add("...");
            if (ps.Count == 0) ps.Add("void");
            // ABI mode reaches a static inline function or a macro through the shim library's exported wrapper.
            var symbol = !_api && _m.InShim(f.Name) ? _m.ShimSymbol(f.Name) : f.Name;
            functions.Add(CDeclarator.Declare(TwinOf(f.Return), symbol + "(" + string.Join(", ", ps) + ")", this) + ";");
        }
        foreach (var v in _m.Variables)
            if (_h.Variables.FirstOrDefault(x => x.Name == v.CName) is { } cv)
            {
                Visit(cv.Type, true);
                // Without top-level const: cffi takes `const int x;` for a constant it must know the value of
                // (ABI mode cannot); the module only ever reads it.
                var type = cv.Type is CArrayType ? cv.Type : cv.Type with { IsConst = false };
                // ABI mode has no accessor for an enum-typed global: read it as its integer (the module makes it the enum).
                var decl = v.Type is EnumType e ? $"{(e.Signed ? "" : "u")}int{e.Size * 8}_t {cv.Name}" : CDeclarator.Declare(type, cv.Name, this);
                functions.Add("extern " + decl + ";");
            }
        // Exposed structs by the name the module uses for them (a typedef of an anonymous struct is declared with its body).
        foreach (var s in _m.Structs)
        {
            if (_h.FindTypedef(s.CSpelling) is { } td) Visit(new CTypedefType(td.Name, td.Target) { Spelling = td.Name }, true);
            else if (_h.FindRecord(s.CName) is { IsAnonymous: true } rec)
            {
                // Named by a typedef the model does not list: declare that typedef (a synthesized name is not C's).
                if (!Declarable(_m, s) || !_typedefsDone.Add(s.CName)) continue;
                foreach (var fld in rec.Fields) Visit(fld.Type, true);
                _items.Add("typedef " + RecordRef(new CRecordType(s.CName, s.IsUnion) { Spelling = s.CName }) + " " + s.CName + ";");
            }
            else Visit(new CRecordType(s.CName, s.IsUnion) { Spelling = s.CSpelling }, true);
        }
        foreach (var e in _m.Enums) Visit(new CEnumType(e.CName) { Spelling = e.CName }, true);

        var externs = new List<string>();
        if (_api)
            foreach (var (name, fn) in CallbackTypes())
            {
                Visit(fn, true);
                var ps = fn.Params.Select((t, i) => CDeclarator.Declare(t, i < fn.ParamNames.Count ? CDeclarator.SafeParamName(fn.ParamNames[i]) : "", this)).ToList();
                if (ps.Count == 0) ps.Add("void");
                externs.Add("extern \"Python\" " + CDeclarator.Declare(fn.Return, CffiNames.Trampoline(name) + "(" + string.Join(", ", ps) + ")", this) + ";");
            }

        // A macro that names an enum constant (expat: #define XML_STATUS_ERROR XML_STATUS_ERROR) is declared by its enum.
        var macros = _h.Macros.Select(x => x.Name).Except(_h.Enums.SelectMany(e => e.Constants).Select(c => c.Name)).ToHashSet();
        var defines = _m.Constants.Where(c => c.Kind == ConstantKind.Int && macros.Contains(c.CName))
            .Select(c => $"#define {c.CName} {c.Value}").ToList();

        var sb = new StringBuilder();
        void Section(string title, List<string> lines)
        {
            if (lines.Count == 0) return;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append("/* ").Append(title).Append(" */\n");
            foreach (var l in lines) sb.Append(l).Append('\n');
        }
        Section("forward declarations", _forwards);
        Section("types", _items);
        Section("bitfield-free twins for passing by value (ABI mode: libffi has no bitfields)", _twinBodies);
        Section("functions", functions);
        Section("callbacks (extern \"Python\")", externs);
        Section("constants", defines);
        return sb.ToString();
    }

    /// <summary>Every callback signature by its BoundCallback name, with the function type from the header.</summary>
    IEnumerable<(string Name, CFunctionType Type)> CallbackTypes()
    {
        var seen = new HashSet<string>();
        foreach (var f in _m.AllFunctions)
            foreach (var p in f.Params)
                if (p.Role is CallbackRole cb && seen.Add(cb.Signature.Name) &&
                    _h.FindFunction(f.CName)?.Params.FirstOrDefault(x => x.Name == p.CName) is { } cp &&
                    FunctionOf(cp.Type) is { } ft)
                    yield return (cb.Signature.Name, ft);
    }

    static CFunctionType? FunctionOf(CType t) =>
        t is CTypedefType td ? FunctionOf(td.Target) : t is CPointerType p ? Strip(p.Pointee) as CFunctionType : null;

    static CType Strip(CType t) => t is CTypedefType td ? Strip(td.Target) : t;

    void Visit(CType t, bool byValue)
    {
        switch (t)
        {
            case CTypedefType td:
                if (CDeclarator.KnownTypedefs.Contains(td.Name)) return;
                if (!_typedefsDone.Add(td.Name)) { if (byValue) Visit(td.Target, true); return; }
                Visit(td.Target, byValue);
                _items.Add("typedef " + CDeclarator.Declare(td.Target, td.Name, this) + ";");
                return;
            case CPointerType p:
                Visit(p.Pointee, false);
                return;
            case CArrayType a:
                Visit(a.Element, byValue);
                return;
            case CFunctionType f:
                Visit(f.Return, true);
                foreach (var x in f.Params) Visit(x, true);
                return;
            case CRecordType r:
                var rec = _h.FindRecord(r.Name);
                if (rec is { IsAnonymous: true })
                {
                    if (_anonVisited.Add(r.Name)) foreach (var fld in rec.Fields) Visit(fld.Type, true);
                    return;
                }
                if (_forwardDone.Add(r.Name)) _forwards.Add($"{(r.IsUnion ? "union" : "struct")} {r.Name};");
                if (byValue && rec is { IsComplete: true } && _bodiesDone.Add(r.Name))
                {
                    foreach (var fld in rec.Fields) Visit(fld.Type, true);
                    _items.Add($"{(rec.IsUnion ? "union" : "struct")} {rec.Name} {Body(rec, "")};");
                }
                return;
            case CEnumType e:
                var en = _h.FindEnum(e.Name);
                if (en is null || en.IsAnonymous) return;
                if (_enumsDone.Add(e.Name)) _items.Add($"enum {en.Name} {EnumBody(en)};");
                return;
        }
    }

    /// <summary>"{ fields }" of a record; anonymous members inline; fields cffi cannot express become "...;" (API mode).</summary>
    string Body(CRecord rec, string indent)
    {
        var sb = new StringBuilder("{\n");
        bool partial = false;
        foreach (var f in rec.Fields)
        {
            try
            {
                if (f.IsAnonymous && Strip(f.Type) is CRecordType ar && _h.FindRecord(ar.Name) is { } inner)
                {
                    sb.Append(indent).Append("    ").Append(inner.IsUnion ? "union " : "struct ").Append(Body(inner, indent + "    ")).Append(";\n");
                    continue;
                }
                var decl = CDeclarator.Declare(f.Type, f.Name, this);
                sb.Append(indent).Append("    ").Append(decl).Append(f.BitWidth is { } w ? $" : {w}" : "").Append(";\n");
            }
            catch (NotSupportedException) { partial = true; }
        }
        // API mode: "...;" lets the C compiler decide what cffi cannot express (packed layouts, dropped fields).
        if (_api && (partial || rec.HasFlexibleArray || rec.IsPacked && !rec.Fields.Any(x => x.BitWidth is not null)))
            sb.Append(indent).Append("    ...;\n");
        return sb.Append(indent).Append('}').ToString();
    }

    static string EnumBody(CEnum en) =>
        "{ " + string.Join(", ", en.Constants.Select(c => $"{c.Name} = {c.Value}")) + " }";

    public string RecordRef(CRecordType r)
    {
        var rec = _h.FindRecord(r.Name);
        if (rec is { IsAnonymous: true }) return (rec.IsUnion ? "union " : "struct ") + Body(rec, "");
        return (r.IsUnion ? "union " : "struct ") + r.Name;
    }

    public string EnumRef(CEnumType e)
    {
        var en = _h.FindEnum(e.Name);
        if (en is null) return "int";
        return en.IsAnonymous ? "enum " + EnumBody(en) : "enum " + en.Name;
    }
}
