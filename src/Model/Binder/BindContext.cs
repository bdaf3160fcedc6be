using Bindgen.Model.C;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>What every pass reads: the spec, the header, the diagnostics, and the lookups built once.</summary>
public sealed class BindContext
{
    public BindingSpec Spec { get; }
    public CHeader Header { get; }
    public DiagnosticBag Diagnostics { get; }
    public TypeFacts Types { get; }

    /// <summary>
    /// Handle spec by the C record name it wraps (a spec key may be the tag or a typedef). Only handles keyed by
    /// their C type: those with `type:` are found by their entry name (<see cref="Handles"/>), never by record.
    /// </summary>
    public IReadOnlyDictionary<string, HandleSpec> HandlesByRecord { get; }

    /// <summary>Every handle by its IR key: the record name, or the entry's name when `type:` is given.</summary>
    public IReadOnlyDictionary<string, HandleEntry> Handles { get; }

    /// <summary>What the library files export (null: not found, nothing is checked).</summary>
    public LibraryExports? Exports { get; }

    public BindContext(BindingSpec spec, CHeader header, DiagnosticBag diagnostics, LibraryExports? exports = null)
    {
        Spec = spec; Header = header; Diagnostics = diagnostics; Exports = exports;
        Types = new TypeFacts(header);
        var handles = new Dictionary<string, HandleSpec>();
        var entries = new Dictionary<string, HandleEntry>();
        foreach (var (name, h) in spec.Handles)
        {
            var type = h.TypeName;
            if (IsVoidPointerTypedef(type)) _voidHandles.Add(type);
            var record = HandleKeyByName(type);
            var at = h.Type is null ? h.Location : h.At("type");
            if (record is null)
                diagnostics.Error(at, $"handle type '{type}' is not a struct, a typedef of a struct pointer or a typedef of void* in the headers{Suggest.Hint(type, Types.RecordAndTypedefNames)}");
            else if (h.Allocate && Types.Record(record) is not { IsComplete: true, Size: > 0 })
                diagnostics.Error(h.At("allocate"), $"handle '{name}': 'allocate' needs a complete struct, and '{type}' is only declared");
            else if (h.Type is null)
            {
                handles[record] = h;
                entries[record] = new HandleEntry(record, record, h);
            }
            else if (entries.ContainsKey(name))
                diagnostics.Error(h.Location, $"handle '{name}' has the same name as a handle type");
            else
                entries[name] = new HandleEntry(name, record, h);
        }
        HandlesByRecord = handles;
        Handles = entries;
    }

    /// <summary>Handles declared on a typedef of void* (CXIndex, CXFile): keyed by the typedef's own name.</summary>
    readonly HashSet<string> _voidHandles = new();

    bool IsVoidPointerTypedef(string name) =>
        Header.FindTypedef(name) is { } td && td.Target.Canonical is CPointerType { Pointee: var p } && TypeFacts.IsVoid(p);

    /// <summary>The handle key a spec name stands for: the struct it names or points to, or a void* typedef itself.</summary>
    public string? HandleKeyByName(string name) => _voidHandles.Contains(name) ? name : Types.RecordNameOf(name);

    /// <summary>
    /// The handle key a pointer-typed C value refers to, or null: a void* typedef declared as a handle
    /// (looked up through the typedef chain, since void* loses its name once canonical), else the pointee struct.
    /// </summary>
    public string? HandleKeyOf(CType t)
    {
        for (var x = t; x is CTypedefType td; x = td.Target)
            if (_voidHandles.Contains(td.Name)) return td.Name;
        return TypeFacts.PointeeRecord(t);
    }

    /// <summary>What a pointer points to with its typedef names kept (`CXFile *` → CXFile), unlike TypeFacts.Pointee.</summary>
    public static CType? SpelledPointee(CType t)
    {
        var x = t;
        while (x is CTypedefType td) x = td.Target;
        return x is CPointerType p ? p.Pointee : x is CArrayType a ? a.Element : null;
    }

    /// <summary>Module-level exception default: &lt;Module&gt;Error.</summary>
    public string DefaultExceptionName => Naming.CamelCase(Spec.Module) + "Error";

    /// <summary>How C code spells a pointer to handle KEY: its C type when that is a pointer typedef (XML_Parser), else "struct tag *".</summary>
    public string HandlePointerSpelling(string key)
    {
        var h = Handles[key];
        var type = h.Spec.TypeName;
        return Header.FindTypedef(type) is { } td && td.Target.Canonical is CPointerType ? type : Types.RecordSpelling(h.Record) + " *";
    }

    /// <summary>The C record a handle key wraps.</summary>
    public string RecordOf(string key) => Handles[key].Record;

    /// <summary>A `free:` function must exist (or be libc's free) and take exactly one pointer; reports and returns false otherwise.</summary>
    public bool CheckFreeFunction(string free, SourceLocation at)
    {
        var ff = Header.FindFunction(free);
        if (ff is null && free != "free")
        {
            Diagnostics.Error(at, $"free function '{free}' is not declared in the headers{WhereLooked}{Suggest.Hint(free, Header.Functions.Select(x => x.Name))}");
            return false;
        }
        if (ff is not null && (ff.Params.Count != 1 || TypeFacts.Pointee(ff.Params[0].Type) is null))
        {
            Diagnostics.Error(at, $"free function '{free}' must take exactly one pointer");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Said after "is not declared in the headers": where the parser looked. A name the spec names is kept wherever the
    /// translation unit declares it (NamedDeclarations), so missing means missing from the headers and all they include.
    /// </summary>
    public string WhereLooked => Header.Headers.Count == 0 ? "" :
        $" (looked in {string.Join(", ", Header.Headers.Select(Path.GetFileName))} and every header {(Header.Headers.Count == 1 ? "it includes" : "they include")})";

    /// <summary>
    /// Whether F is in the set of what gets bound: never when `exclude` matches it or it has `skip: true` (exclude is
    /// explicit and wins; an annotation alone does not bring an excluded function back); else when the spec annotates
    /// it under functions: (or types it in macros_as_functions), or `include` selects it. Handles' methods globs,
    /// constructors and destructors choose among these functions only.
    /// </summary>
    public bool IsWanted(CFunction f)
    {
        var fs = Spec.Functions.GetValueOrDefault(f.Name);
        if (fs?.Skip ?? false) return false;
        if (Globs.AnyMatches(Spec.Exclude, f.Name)) return false;
        // Found outside `headers` only because the spec names it (an umbrella header's message or free function, libc's
        // free): wanted where the spec names it as a function (functions:, include, a handle's constructor, destructor or
        // methods), never bound as a module function by the default rules.
        if (f.NamedOnly)
            return fs is not null || IsNamedExplicitly(f.Name) || Spec.Handles.Values.Any(h => h.Constructor == f.Name || h.Destructor == f.Name);
        return fs is not null || (f.IsMacro && !f.IsInferred) || IsSelected(f.Name);
    }

    /// <summary>
    /// IsWanted, and callable from outside the headers: a wanted function the library does not export is skipped
    /// with a warning (once), since calling it would fail at import (undefined symbol) or at the call.
    /// </summary>
    public bool IsBindable(CFunction f)
    {
        if (!IsWanted(f)) return false;
        if (NotExported(f) is not { } why) return true;
        if (_warnedNotExported.Add(f.Name)) Diagnostics.Warning(f.Location, $"function '{f.Name}' skipped: {why}");
        return false;
    }

    readonly HashSet<string> _warnedNotExported = new(StringComparer.Ordinal);

    /// <summary>The spec names F itself, not through a glob: a functions: entry, or an exact name in include or a handle's methods.</summary>
    public bool IsNamedExplicitly(string cname) =>
        Spec.Functions.ContainsKey(cname) || Spec.Include.Contains(cname) || Spec.Handles.Values.Any(h => h.Methods == cname);
    /// Why C code outside the headers cannot reach function F, or null when it can: the library files were read and
    /// do not export it. `static inline` functions and macros are never exported and need no export: compiled
    /// targets call them from their own C, C# and cffi ABI through the generated shim library.
    /// </summary>
    public string? NotExported(CFunction f) =>
        Exports is { } e && !f.IsInline && !e.Exports(f.Name) ? $"declared in the headers, but {e.Display} does not export it" : null;

    /// <summary>The same for global variable NAME.</summary>
    public string? NotExported(string variable) =>
        Exports is { } e && !e.Exports(variable) ? $"declared in the headers, but {e.Display} does not export it" : null;

    public bool IsSelected(string cname) =>
        (Spec.Include.Count == 0 || Globs.AnyMatches(Spec.Include, cname)) && !Globs.AnyMatches(Spec.Exclude, cname);
}

/// <summary>A handle entry: Key identifies it in the IR (HandleRole.Handle, BoundHandle.CType); Record is the C struct it wraps.</summary>
public sealed record HandleEntry(string Key, string Record, HandleSpec Spec);
