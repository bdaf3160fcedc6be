using System.Text.RegularExpressions;
using Bindgen.Model.Binder;
using Bindgen.Model.C;

namespace Bindgen.Cli.Init;

/// <summary>
/// Suggests `handles:` from opaque types (incomplete structs, typedefs of them and pointer typedefs to them) that have a
/// create/destroy pair. The verb is a word anywhere in the name, so every naming order is found: `X_createCCtx` /
/// `X_freeCCtx`, `LLVMCreateBuilder` / `LLVMDisposeBuilder`, `thing_new` / `thing_free`, `XML_ParserCreate` /
/// `XML_ParserFree`. A constructor returns the pointer or fills a `T **`; the destructor takes the pointer first.
/// When several pairs fit, the constructor and destructor whose names differ only in the verb win.
/// </summary>
public static class HandleInference
{
    public sealed record Handle(string Type, string Constructor, string Destructor, string Methods, string MethodPrefix, string Why);

    static readonly HashSet<string> CreateVerbs = new(StringComparer.OrdinalIgnoreCase) { "create", "new", "open", "alloc", "init" };
    static readonly HashSet<string> DestroyVerbs = new(StringComparer.OrdinalIgnoreCase) { "free", "destroy", "close", "release", "dispose", "delete" };
    static readonly Regex Word = new(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+");

    public static List<Handle> Infer(CHeader h)
    {
        var result = new List<Handle>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rec, typeName) in OpaqueTypes(h))
        {
            var ctors = h.Functions.Where(f => !f.IsVariadic && HasVerb(f.Name, CreateVerbs) && Produces(f, rec) && !used.Contains(f.Name)).ToList();
            var dtors = h.Functions.Where(f => !f.IsVariadic && EndsWithVerb(f.Name, typeName) && f.Params.Count == 1
                                               && TypeFacts.PointeeRecord(f.Params[0].Type) == rec && !used.Contains(f.Name)).ToList();
            var pair = ctors.SelectMany(c => dtors.Select(d => (c, d)))
                .OrderByDescending(p => Rest(p.c.Name, CreateVerbs) == Rest(p.d.Name, DestroyVerbs))
                .ThenByDescending(p => Common(p.c.Name, p.d.Name).Length)
                .ThenBy(p => p.c.Name.Length).ThenBy(p => p.c.Name, StringComparer.Ordinal)
                .Select(p => ((CFunction, CFunction)?)p).FirstOrDefault();
            if (pair is not { } chosen) continue;
            var (ctor, dtor) = chosen;
            used.Add(ctor.Name); used.Add(dtor.Name);
            var prefix = MethodPrefix(ctor.Name, dtor.Name, typeName);
            var fills = TypeFacts.PointeeRecord(ctor.Return) != rec;
            result.Add(new Handle(typeName, ctor.Name, dtor.Name, prefix + "*", prefix,
                $"{typeName} is opaque; {ctor.Name} {(fills ? "fills" : "returns")} one and {dtor.Name} frees it"));
        }
        return result;
    }

    /// <summary>Incomplete records with the name a user writes: a typedef of the struct, else a pointer typedef
    /// (`XML_Parser`, `LLVMBuilderRef`), else the struct itself.</summary>
    static IEnumerable<(string Record, string TypeName)> OpaqueTypes(CHeader h)
    {
        var complete = h.Records.Where(r => r.IsComplete).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in h.Records.Where(r => !r.IsComplete)) names.TryAdd(r.Name, r.Name);
        foreach (var t in h.Typedefs)
        {
            var c = t.Target.Canonical;
            var rec = c is CRecordType rt ? rt.Name : c is CPointerType { Pointee.Canonical: CRecordType pr } ? pr.Name : null;
            if (rec is null || complete.Contains(rec)) continue;
            // A struct typedef is the handle's own name; a pointer typedef only when the struct has none.
            if (c is CRecordType || !names.TryGetValue(rec, out var have) || have == rec) names[rec] = t.Name;
        }
        return names.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value));
    }

    /// <summary>Returns the pointer, or fills a `T **` parameter.</summary>
    static bool Produces(CFunction f, string rec) =>
        TypeFacts.PointeeRecord(f.Return) == rec ||
        f.Params.Any(p => TypeFacts.Pointee(p.Type) is { } inner && !inner.IsConst && TypeFacts.PointeeRecord(inner) == rec);

    static List<string> Words(string name) => Word.Matches(name).Select(m => m.Value).ToList();

    static bool HasVerb(string name, HashSet<string> verbs) => Words(name).Any(verbs.Contains);

    /// <summary>A destroy verb followed only by the type's own words or a version (`X_freeCCtx`, `sqlite3_close_v2`),
    /// so `sqlite3_db_release_memory` is not a destructor.</summary>
    static bool EndsWithVerb(string name, string typeName)
    {
        var words = Words(name);
        var typeWords = Words(typeName).Select(w => w.ToLowerInvariant()).ToHashSet();
        for (int i = words.Count - 1; i >= 0; i--)
        {
            if (DestroyVerbs.Contains(words[i])) return true;
            var w = words[i].ToLowerInvariant();
            if (!(typeWords.Contains(w) || Regex.IsMatch(w, @"^(v?\d+|v|ex|ref)$"))) return false;
        }
        return false;
    }

    /// <summary>The name with its verb taken out: X_createCCtx and X_freeCCtx both give "X_CCtx".</summary>
    static string Rest(string name, HashSet<string> verbs)
    {
        foreach (Match m in Word.Matches(name))
            if (verbs.Contains(m.Value)) return (name[..m.Index] + name[(m.Index + m.Length)..]).ToLowerInvariant();
        return name.ToLowerInvariant();
    }

    static string Common(string a, string b)
    {
        int i = 0; while (i < Math.Min(a.Length, b.Length) && a[i] == b[i]) i++;
        return a[..i];
    }

    /// <summary>What the methods share with the pair, cut at a word boundary: `X_`, `LLVM`, `thing_`, `XML_`.</summary>
    static string MethodPrefix(string ctor, string dtor, string typeName)
    {
        var p = Common(ctor, dtor);
        int cut = p.LastIndexOf('_');
        if (cut >= 0) return p[..(cut + 1)];
        // camelCase: back to the last word start within it (LLVMCreateBuilder / LLVMDisposeBuilder → LLVM).
        var end = Word.Matches(ctor).Select(m => m.Index).Where(i => i <= p.Length).DefaultIfEmpty(0).Max();
        return end >= 2 ? p[..end] : typeName + "_";
    }
}
