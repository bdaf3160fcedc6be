using System.Text.RegularExpressions;
using Bindgen.Emitters;
using Bindgen.Model;
using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using ModelBinder = Bindgen.Model.Binder.Binder;

namespace Bindgen.Cli.Coverage;

/// <summary>
/// Binds a header model with a spec (default rules when the spec annotates nothing), renders every target in
/// memory, and says for each declaration whether it was bound, skipped (with the binder's or parser's reason)
/// or failed (an exception while binding or rendering it, or an error diagnostic naming it).
/// </summary>
public sealed class CoverageAnalyzer(BindingSpec spec, CHeader header, LibraryExports? exports = null)
{
    static readonly Regex Named = new(@"^(?:function|struct|union|enum|typedef|macro|variable) '([^']+)'", RegexOptions.Compiled);

    public IReadOnlyList<CoverageEntry> Analyze()
    {
        var (module, diags, failure) = BindAndEmit(spec);
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (failure is not null)
        {
            // Something threw: find which functions make it throw, each bound alone with everything else it may need.
            foreach (var f in header.Functions)
                if (BindAndEmit(Alone(f.Name)).Failure is { } why) failed[f.Name] = why;
            if (failed.Count == 0) failed["(module)"] = failure;
            // Bind the rest so everything else is still classified.
            (module, diags, _) = BindAndEmit(spec with { Exclude = [.. spec.Exclude, .. failed.Keys] });
        }
        var reasons = ReasonsByName(diags);
        var entries = new List<CoverageEntry>();
        entries.AddRange(Functions(module, reasons, failed));
        entries.AddRange(Records(module, reasons));
        entries.AddRange(Enums(module));
        entries.AddRange(Typedefs());
        entries.AddRange(Macros(module, reasons));
        entries.AddRange(Variables(module, reasons));
        if (failed.TryGetValue("(module)", out var moduleFailure))
            entries.Add(new CoverageEntry("functions", "(module)", CoverageState.Failed, moduleFailure));
        return entries;
    }

    /// <summary>The spec selecting only function NAME, but every type it may use.</summary>
    BindingSpec Alone(string name) => spec with
    {
        Include = [name, .. header.Records.Select(r => r.Name), .. header.Typedefs.Select(t => t.Name), .. header.Enums.Select(e => e.Name)],
    };

    (BoundModule? Module, DiagnosticBag Diags, string? Failure) BindAndEmit(BindingSpec s)
    {
        var diags = new DiagnosticBag();
        BoundModule module;
        try { module = ModelBinder.Bind(s, header, diags, null, exports); }
        catch (Exception ex) { return (null, diags, $"binder: {ex.GetType().Name}: {ex.Message}"); }
        if (diags.HasErrors) return (module, diags, null);
        var info = new GeneratorInfo(Generator.Version, module.SpecPath);
        foreach (var target in EmitterRegistry.Implemented)
        {
            var emitter = EmitterRegistry.Find(target)!;
            try { emitter.Emit(module.ForTarget(target), info with { TargetDirectory = Path.Combine(Path.GetTempPath(), "bindgen-coverage", target) }); }
            catch (Exception ex) { return (module, diags, $"{target} emitter: {ex.GetType().Name}: {ex.Message}"); }
        }
        return (module, diags, null);
    }

    /// <summary>The first diagnostic naming each declaration (`function 'X' skipped: …`), errors before warnings.</summary>
    static Dictionary<string, Diagnostic> ReasonsByName(DiagnosticBag diags)
    {
        var result = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var d in diags.Items.OrderBy(d => d.Severity == Severity.Error ? 0 : 1))
            if (Named.Match(d.Message) is { Success: true } m) result.TryAdd(m.Groups[1].Value, d);
        return result;
    }

    static string Why(Diagnostic d)
    {
        var m = d.Message;
        var i = m.IndexOf(" skipped: ", StringComparison.Ordinal);
        return i >= 0 ? m[(i + " skipped: ".Length)..] : m;
    }

    IEnumerable<CoverageEntry> Functions(BoundModule? module, Dictionary<string, Diagnostic> reasons, Dictionary<string, string> failed)
    {
        var bound = module is null ? [] : module.AllFunctions.Select(f => f.CName)
            .Concat(module.Handles.Select(h => h.Destructor).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        // macros_as_functions count as macros; a function found outside the headers only for a name the spec gives
        // (a message or free function) is not one of the headers' declarations unless it is bound.
        foreach (var f in header.Functions.Where(f => !f.IsMacro && !(f.NamedOnly && !bound.Contains(f.Name))))
        {
            if (failed.TryGetValue(f.Name, out var why)) yield return new("functions", f.Name, CoverageState.Failed, why);
            else if (bound.Contains(f.Name)) yield return new("functions", f.Name, CoverageState.Bound);
            else if (reasons.TryGetValue(f.Name, out var d))
                yield return new("functions", f.Name, d.Severity == Severity.Error ? CoverageState.Failed : CoverageState.Skipped, Why(d));
            else if (spec.Functions.GetValueOrDefault(f.Name)?.Skip ?? false) yield return new("functions", f.Name, CoverageState.Skipped, "skip: true in the spec");
            else if (!Selected(f.Name)) yield return new("functions", f.Name, CoverageState.Skipped, "left out by the spec's include/exclude");
            else yield return new("functions", f.Name, CoverageState.Failed, "not bound, and no reason was given");
        }
    }

    IEnumerable<CoverageEntry> Records(BoundModule? module, Dictionary<string, Diagnostic> reasons)
    {
        var exposed = module?.Structs.Select(s => s.CName).ToHashSet(StringComparer.Ordinal) ?? [];
        var handles = module?.Handles.Select(h => h.CType).ToHashSet(StringComparer.Ordinal) ?? [];
        var members = header.Records.SelectMany(r => r.Fields).Where(f => f.IsAnonymous)
            .Select(f => f.Type.Canonical).OfType<CRecordType>().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var specOpaque = spec.Structs.Where(kv => kv.Value.Opaque).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var r in header.Records.DistinctBy(r => r.Name))
        {
            var kind = r.IsUnion ? "unions" : "structs";
            var typedef = header.Typedefs.FirstOrDefault(t => t.Target.Canonical is CRecordType rt && rt.Name == r.Name)?.Name;
            string? reason =
                exposed.Contains(r.Name) ? null
                : handles.Contains(r.Name) || (typedef is not null && handles.Contains(typedef)) ? null
                : !r.IsComplete ? "opaque (never defined in the headers): passed only as a pointer"
                : members.Contains(r.Name) ? "anonymous member: its fields are reached through the enclosing record"
                : r.HasFlexibleArray ? "ends in a flexible array member: passed only as a pointer"
                : r.Size <= 0 ? "has no size"
                : specOpaque.Contains(r.Name) || (typedef is not null && specOpaque.Contains(typedef)) ? "opaque: true in the spec"
                : !Selected(r.Name) && !(typedef is not null && Selected(typedef)) ? "left out by the spec's include/exclude"
                : reasons.TryGetValue(r.Name, out var d) ? d.Message
                : "not exposed";
            yield return reason is null ? new(kind, r.Name, CoverageState.Bound) : new(kind, r.Name, CoverageState.Skipped, reason);
        }
    }

    IEnumerable<CoverageEntry> Enums(BoundModule? module)
    {
        var bound = module?.Enums.Select(e => e.CName).ToHashSet(StringComparer.Ordinal) ?? [];
        var constants = module?.Constants.Select(c => c.CName).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var e in header.Enums.DistinctBy(e => e.Name))
        {
            if (bound.Contains(e.Name) || (e.IsAnonymous && e.Constants.Any(c => constants.Contains(c.Name))))
                yield return new("enums", e.Name, CoverageState.Bound);
            else if (e.Constants.Count == 0) yield return new("enums", e.Name, CoverageState.Skipped, "has no members");
            else yield return new("enums", e.Name, CoverageState.Skipped, "left out by the spec's include/exclude");
        }
    }

    /// <summary>Typedefs are transparent: every use binds through the target, so a typedef is bound when its target type is modelled.</summary>
    IEnumerable<CoverageEntry> Typedefs()
    {
        foreach (var t in header.Typedefs)
            yield return Unsupported(t.Target) is { } why
                ? new("typedefs", t.Name, CoverageState.Skipped, $"aliases a type bindgen does not model ({why})")
                : new("typedefs", t.Name, CoverageState.Bound);
    }

    static string? Unsupported(CType t) => t.Canonical switch
    {
        CUnsupportedType u => u.Reason,
        CPointerType p => Unsupported(p.Pointee),
        CArrayType a => Unsupported(a.Element),
        CPrimitiveType { Primitive: CPrimitiveKind.Int128 or CPrimitiveKind.UInt128 or CPrimitiveKind.LongDouble } p => p.Spelling,
        _ => null,
    };

    IEnumerable<CoverageEntry> Macros(BoundModule? module, Dictionary<string, Diagnostic> reasons)
    {
        var constants = module?.Constants.Select(c => c.CName).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var m in header.Macros)
        {
            if (constants.Contains(m.Name)) yield return new("macros", m.Name, CoverageState.Bound);
            else if (m.Name.StartsWith('_')) yield return new("macros", m.Name, CoverageState.Skipped, "reserved name (leading underscore)");
            else yield return new("macros", m.Name, CoverageState.Skipped, "left out by the spec's macros/include/exclude");
        }
        var functions = module?.AllFunctions.Select(f => f.CName).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var m in header.SkippedMacros)
            yield return functions.Contains(m.Name) ? new("macros", m.Name, CoverageState.Bound)
                // Typed (by the spec or by inference) but not bound: the binder said why.
                : reasons.TryGetValue(m.Name, out var d) ? new("macros", m.Name, d.Severity == Severity.Error ? CoverageState.Failed : CoverageState.Skipped, Why(d))
                : header.Functions.Any(f => f.IsMacro && f.Name == m.Name) ? new("macros", m.Name, CoverageState.Skipped, "left out by the spec's include/exclude")
                : m.Reason == "function-like macro" ? new("macros", m.Name, CoverageState.Skipped, "function-like macro: type it under macros_as_functions to bind it")
                : new("macros", m.Name, CoverageState.Skipped, m.Reason);
    }

    IEnumerable<CoverageEntry> Variables(BoundModule? module, Dictionary<string, Diagnostic> reasons)
    {
        var bound = module?.Variables.Select(v => v.CName).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var v in header.Variables)
            yield return bound.Contains(v.Name) ? new("variables", v.Name, CoverageState.Bound)
                : reasons.TryGetValue(v.Name, out var d)
                ? new("variables", v.Name, d.Severity == Severity.Error ? CoverageState.Failed : CoverageState.Skipped, Why(d))
                : !Selected(v.Name) ? new("variables", v.Name, CoverageState.Skipped, "left out by the spec's include/exclude")
                : new("variables", v.Name, CoverageState.Failed, "not bound, and no reason was given");
    }

    bool Selected(string name) =>
        (spec.Include.Count == 0 || spec.Include.Any(g => Bindgen.Model.Binder.Globs.Matches(g, name))) && !spec.Exclude.Any(g => Bindgen.Model.Binder.Globs.Matches(g, name));
}
