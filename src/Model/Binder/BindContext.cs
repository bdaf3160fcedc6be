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

    public bool IsSelected(string cname) =>
        (Spec.Include.Count == 0 || Globs.AnyMatches(Spec.Include, cname)) && !Globs.AnyMatches(Spec.Exclude, cname);
}
