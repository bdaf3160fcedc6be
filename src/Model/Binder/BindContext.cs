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

    /// <summary>Handle spec by the C record name it wraps (a spec key may be the tag or a typedef).</summary>
    public IReadOnlyDictionary<string, HandleSpec> HandlesByRecord { get; }

    public BindContext(BindingSpec spec, CHeader header, DiagnosticBag diagnostics)
    {
        Spec = spec; Header = header; Diagnostics = diagnostics;
        Types = new TypeFacts(header);
        var handles = new Dictionary<string, HandleSpec>();
        foreach (var (name, h) in spec.Handles)
        {
            var record = Types.RecordNameOf(name);
            if (record is null)
                diagnostics.Error(h.Location, $"handle type '{name}' is not a struct or a typedef of a struct pointer in the headers{Suggest.Hint(name, Types.RecordAndTypedefNames)}");
            else
                handles[record] = h;
        }
        HandlesByRecord = handles;
    }

    /// <summary>Module-level exception default: &lt;Module&gt;Error.</summary>
    public string DefaultExceptionName => Naming.CamelCase(Spec.Module) + "Error";

    /// <summary>How C code spells a pointer to handle RECORD: the spec's key when it is a pointer typedef (XML_Parser), else "struct tag *".</summary>
    public string HandlePointerSpelling(string record)
    {
        var key = HandlesByRecord[record].CType;
        return Header.FindTypedef(key) is { } td && td.Target.Canonical is CPointerType ? key : Types.RecordSpelling(record) + " *";
    }

    /// <summary>A `free:` function must exist (or be libc's free) and take exactly one pointer; reports and returns false otherwise.</summary>
    public bool CheckFreeFunction(string free, SourceLocation at)
    {
        var ff = Header.FindFunction(free);
        if (ff is null && free != "free")
        {
            Diagnostics.Error(at, $"free function '{free}' is not declared in the headers{Suggest.Hint(free, Header.Functions.Select(x => x.Name))}");
            return false;
        }
        if (ff is not null && (ff.Params.Count != 1 || TypeFacts.Pointee(ff.Params[0].Type) is null))
        {
            Diagnostics.Error(at, $"free function '{free}' must take exactly one pointer");
            return false;
        }
        return true;
    }

    public bool IsSelected(string cname) =>
        (Spec.Include.Count == 0 || Globs.AnyMatches(Spec.Include, cname)) && !Globs.AnyMatches(Spec.Exclude, cname);
}
