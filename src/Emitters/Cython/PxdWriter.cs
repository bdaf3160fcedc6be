using Bindgen.Model.C;

namespace Bindgen.Emitters.Cython;

/// <summary>
/// The .pxd body: every declaration of the spec's headers (and the typedefs/structs they mention from other
/// headers) in Cython syntax, in an order Cython accepts (a name is declared before it is used; structs used
/// only through pointers are forward-declared first). A declaration Cython cannot express becomes a comment.
/// </summary>
public sealed class PxdWriter
{
    readonly CHeader _h;
    readonly Dictionary<string, CRecord> _records;
    readonly Dictionary<string, CEnum> _enums;
    readonly Dictionary<string, CTypedef> _typedefs;
    /// <summary>Typedefs mentioned by some type but declared in a header the spec does not list.</summary>
    readonly Dictionary<string, CTypedefType> _foreignTypedefs = new();
    /// <summary>Records/enums whose typedef has the same name: declared `ctypedef struct NAME`, the typedef is absorbed.</summary>
    readonly HashSet<string> _typedefStyle = new();
    readonly HashSet<string> _done = new();
    readonly HashSet<string> _inProgress = new();
    readonly HashSet<string> _names = new();
    readonly List<string> _lines = new();
    /// <summary>Functions and globals named like a tag: declared under a Cython name of their own (see CyTypes.TagClashes).</summary>
    readonly HashSet<string> _tagClashes;

    public PxdWriter(CHeader header)
    {
        _h = header;
        _tagClashes = CyTypes.TagClashes(header);
        _records = header.Records.Where(r => r.IsComplete).GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.Last());
        foreach (var r in header.Records.Where(r => !r.IsComplete)) _records.TryAdd(r.Name, r);
        _enums = header.Enums.Where(e => !e.IsAnonymous || IsTypedefed(e.Name)).GroupBy(e => e.Name).ToDictionary(g => g.Key, g => g.First());
        _typedefs = header.Typedefs.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());
        foreach (var td in header.Typedefs)
        {
            if (td.Target is CRecordType r && r.Name == td.Name) _typedefStyle.Add(r.Name);
            if (td.Target is CEnumType e && e.Name == td.Name) _typedefStyle.Add(e.Name);
        }
        foreach (var r in header.Records.Where(r => r.IsAnonymous)) _typedefStyle.Add(r.Name);
        foreach (var e in header.Enums.Where(e => e.IsAnonymous && IsTypedefed(e.Name))) _typedefStyle.Add(e.Name);
        foreach (var t in AllTypes()) CollectTypedefs(t);
    }

    /// <summary>Named by a typedef: one listed, or `typedef enum {…} name;` itself (the parser names the enum after it and lists no alias).</summary>
    bool IsTypedefed(string enumName) =>
        !enumName.StartsWith("__anon", StringComparison.Ordinal) && _h.Enums.Any(e => e.IsAnonymous && e.Name == enumName)
        || _h.Typedefs.Any(t => t.Target is CEnumType e && e.Name == enumName);

    IEnumerable<CType> AllTypes() =>
        _h.Functions.SelectMany(f => f.Params.Select(p => p.Type).Append(f.Return))
            .Concat(_h.Records.SelectMany(r => r.Fields.Select(f => f.Type)))
            .Concat(_h.Typedefs.Select(t => t.Target))
            .Concat(_h.Variables.Select(v => v.Type));

    void CollectTypedefs(CType t)
    {
        switch (t)
        {
            case CTypedefType td:
                if (!_typedefs.ContainsKey(td.Name) && !CyTypes.IsStandard(td.Name) && !CyTypes.IsVaList(td.Name) && _foreignTypedefs.TryAdd(td.Name, td)) CollectTypedefs(td.Target);
                break;
            case CPointerType p: CollectTypedefs(p.Pointee); break;
            case CArrayType a: CollectTypedefs(a.Element); break;
            case CFunctionType f:
                CollectTypedefs(f.Return);
                foreach (var x in f.Params) CollectTypedefs(x);
                break;
        }
    }

    /// <summary>The declarations, one line each, not yet indented for the extern block.</summary>
    public IReadOnlyList<string> Lines()
    {
        // Forward declarations let structs point at each other in any order.
        foreach (var name in MentionedRecords().Where(n => !_typedefStyle.Contains(n)))
            Add($"cdef {(IsUnion(name) ? "union" : "struct")} {name}");
        foreach (var e in _h.Enums) Require("enum", e.Name);
        foreach (var r in _h.Records) Require("record", r.Name);
        foreach (var t in _h.Typedefs) Require("typedef", t.Name);
        foreach (var e in _h.Enums.Where(e => e.IsAnonymous && !IsTypedefed(e.Name))) AnonymousEnum(e);
        foreach (var f in _h.Functions) Function(f);
        foreach (var v in _h.Variables) Variable(v);
        foreach (var m in _h.Macros) Macro(m);
        return _lines;
    }

    bool IsUnion(string record) => _records.TryGetValue(record, out var r) ? r.IsUnion : false;

    IEnumerable<string> MentionedRecords()
    {
        var seen = new List<string>();
        foreach (var r in _h.Records) if (!seen.Contains(r.Name)) seen.Add(r.Name);
        foreach (var t in AllTypes().Concat(_foreignTypedefs.Values.Select(x => x.Target)))
            foreach (var m in CyTypes.Mentions(t))
                if (m.Kind == "record" && !seen.Contains(m.Name)) seen.Add(m.Name);
        return seen.Where(n => !(_records.TryGetValue(n, out var r) && r.IsAnonymous && IsAnonymousMember(n)));
    }

    bool IsAnonymousMember(string record) =>
        _h.Records.SelectMany(r => r.Fields).Any(f => f.IsAnonymous && f.Type.Canonical is CRecordType rt && rt.Name == record);

    void Add(string line) => _lines.Add(line);

    /// <summary>Declares what a type mentions before the declaration that uses it.</summary>
    void RequireAll(CType t)
    {
        foreach (var (kind, name, byValue) in CyTypes.Mentions(t))
        {
            if (kind == "record" && !byValue && !_typedefStyle.Contains(name)) continue; // the forward declaration suffices
            if (kind == "record" && !byValue && _inProgress.Contains("record:" + name)) continue;
            Require(kind, name);
        }
    }

    void Require(string kind, string name)
    {
        var key = kind + ":" + name;
        if (_done.Contains(key) || _inProgress.Contains(key)) return;
        _inProgress.Add(key);
        switch (kind)
        {
            case "typedef": Typedef(name); break;
            case "record": Record(name); break;
            case "enum": Enum(name); break;
        }
        _inProgress.Remove(key);
        _done.Add(key);
    }

    void Typedef(string name)
    {
        CType target;
        if (_typedefs.TryGetValue(name, out var td)) target = td.Target;
        else if (_foreignTypedefs.TryGetValue(name, out var ft)) target = ft.Target;
        else return;
        if (CyTypes.IsStandard(name)) return;
        if (target is CRecordType r && r.Name == name) { Require("record", name); return; }
        if (target is CEnumType e && e.Name == name) { Require("enum", name); return; }
        if (target.Canonical is CRecordType ar && _records.TryGetValue(ar.Name, out var rec) && rec.IsAnonymous && ar.Name == name) { Require("record", name); return; }
        RequireAll(target);
        if (target.Canonical is CArrayType { Element.Canonical: CRecordType er } && !(_records.TryGetValue(er.Name, out var el) && el.IsComplete))
        {
            // An array of a struct declared elsewhere (jmp_buf): opaque here, usable through pointers.
            if (_names.Add(name)) Add($"ctypedef struct {name}  # {target.Spelling}");
            return;
        }
        var decl = CyTypes.Declare(target, name);
        if (decl is null || !_names.Add(name)) { Add($"# {name}: typedef of '{target.Spelling}', which Cython cannot declare"); return; }
        Add("ctypedef " + decl);
    }

    void Record(string name)
    {
        if (!_records.TryGetValue(name, out var r))
        {
            if (_typedefStyle.Contains(name) && _names.Add(name)) Add($"ctypedef struct {name}");
            return;
        }
        var kw = r.IsUnion ? "union" : "struct";
        if (!r.IsComplete)
        {
            if (_typedefStyle.Contains(name) && _names.Add(name)) Add($"ctypedef {kw} {name}");
            return;
        }
        if (r.IsAnonymous && IsAnonymousMember(name)) return; // flattened into its parent
        var fields = new List<string>();
        foreach (var (f, path) in Flatten(r))
        {
            RequireAll(f.Type);
            // Cython rejects an incomplete array type (`int data[]`, flexible array member): such a struct is never a value class.
            var decl = f.Type.Canonical is CArrayType { Length: null or 0 } ? null : CyTypes.Declare(f.Type, CyTypes.Name(f.Name));
            var bits = f.BitWidth is { } w ? $"  # bitfield : {w}" : "";
            fields.Add(decl is null ? $"# {f.Name}: '{f.Type.Spelling}' has no Cython spelling" : decl + bits);
        }
        if (!_names.Add(name)) return;
        Doc(r.Doc);
        Add(_typedefStyle.Contains(name) ? $"ctypedef {kw} {name}{CName(r.CSpelling)}:" : $"cdef {kw} {name}:");
        if (fields.Count == 0) fields.Add("pass");
        foreach (var f in fields) Add("    " + f);
    }

    /// <summary>
    /// The unnamed type of a field (`struct { … } inner;`) has a made-up Cython name; its C name is the parser's
    /// `__typeof__(…)` spelling, given to Cython as the declaration's C name string.
    /// </summary>
    static string CName(string? cSpelling) =>
        cSpelling is not null && cSpelling.StartsWith("__typeof__", StringComparison.Ordinal) ? $" \"{cSpelling}\"" : "";

    /// <summary>Fields, with anonymous struct/union members' fields lifted into the parent (C accesses them the same way).</summary>
    IEnumerable<(CField Field, string Path)> Flatten(CRecord r)
    {
        foreach (var f in r.Fields)
        {
            if (f.IsAnonymous && f.Type.Canonical is CRecordType rt && _records.TryGetValue(rt.Name, out var inner))
                foreach (var x in Flatten(inner)) yield return x;
            else yield return (f, f.Name);
        }
    }

    void Enum(string name)
    {
        if (!_enums.TryGetValue(name, out var e))
        {
            if (_names.Add(name)) { Add($"cdef enum {name}:"); Add("    pass"); }
            return;
        }
        if (!_names.Add(name)) return;
        Doc(e.Doc);
        Add(_typedefStyle.Contains(name) ? $"ctypedef enum {name}{CName(e.CSpelling)}:" : $"cdef enum {name}:");
        EnumBody(e);
    }

    void AnonymousEnum(CEnum e)
    {
        var members = e.Constants.Where(c => !_names.Contains(c.Name)).ToList();
        if (members.Count == 0) return;
        Doc(e.Doc);
        Add("enum:");
        EnumBody(e with { Constants = members });
    }

    void EnumBody(CEnum e)
    {
        var any = false;
        foreach (var c in e.Constants)
        {
            if (!_names.Add(c.Name)) continue;
            Add($"    {CyTypes.Name(c.Name)}  # {c.Value}");
            any = true;
        }
        if (!any) Add("    pass");
    }

    void Function(CFunction f)
    {
        foreach (var p in f.Params) RequireAll(p.Type);
        RequireAll(f.Return);
        var ps = new List<string>();
        foreach (var p in f.Params)
        {
            var d = CyTypes.Declare(p.Type, p.Unnamed ? "" : CyTypes.Ident(p.Name));
            if (d is null) { Add($"# {f.Name}: parameter '{p.Name}' ({p.Type.Spelling}) has no Cython spelling"); return; }
            ps.Add(d);
        }
        if (f.IsVariadic) ps.Add("...");
        var clashes = _tagClashes.Contains(f.Name);
        var decl = CyTypes.Declare(f.Return, $"{CyTypes.Name(f.Name, clashes)}({string.Join(", ", ps)})");
        if (decl is null) { Add($"# {f.Name}: return type '{f.Return.Spelling}' has no Cython spelling"); return; }
        if (!_names.Add(CyTypes.Ident(f.Name, clashes))) return;
        Doc(f.Doc);
        Add(decl);
    }

    void Variable(CVariable v)
    {
        RequireAll(v.Type);
        var clashes = _tagClashes.Contains(v.Name);
        var d = CyTypes.Declare(v.Type, CyTypes.Name(v.Name, clashes));
        if (d is null || !_names.Add(CyTypes.Ident(v.Name, clashes))) return;
        Add(d);
    }

    void Macro(CMacro m)
    {
        if (!_names.Add(m.Name)) return;
        var type = m.Kind switch
        {
            CMacroKind.Integer => m.Unsigned ? "unsigned long long" : "long long",
            CMacroKind.Float => "double",
            _ => "const char",
        };
        if (m.Kind == CMacroKind.String) { Doc(m.Doc); Add($"const char *{CyTypes.Name(m.Name)}  # {OneLine(m.Expression)}"); return; }
        Doc(m.Doc);
        Add($"{type} {CyTypes.Name(m.Name)}  # {OneLine(m.Expression)}");
    }

    void Doc(string? doc)
    {
        if (string.IsNullOrWhiteSpace(doc)) return;
        foreach (var l in doc.Trim().Split('\n')) Add(("# " + l.TrimEnd()).TrimEnd());
    }

    static string OneLine(string s) => string.Join(' ', s.Split('\n', '\r')).Trim();
}
