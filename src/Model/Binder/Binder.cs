using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>
/// Spec + C model → bound IR. Every role, name and error convention is decided here, once, as a sequence of
/// small passes; emitters only render the result.
/// </summary>
public static class Binder
{
    public static BoundModule Bind(BindingSpec spec, CHeader header, DiagnosticBag diagnostics, string? specPathForDisplay = null)
    {
        var ctx = new BindContext(spec, header, diagnostics);
        CheckFunctionNames(ctx);
        CheckMacroFunctions(ctx);
        StructBinder.CheckSpecNames(ctx);
        EnumBinder.CheckSpecNames(ctx);

        var errors = new Dictionary<string, BoundError>();
        foreach (var (name, e) in spec.Errors) errors[name] = ErrorBinder.Bind(ctx, e);

        var exposed = StructBinder.ExposedNames(ctx);
        var candidates = header.Functions.Where(f => IsCandidate(ctx, f)).ToList();
        var candidateNames = candidates.Select(f => f.Name).ToHashSet();
        var functions = new FunctionBinder(ctx, exposed, errors, candidateNames.Contains);

        var handleBinder = new HandleBinder(ctx, functions);
        var handles = handleBinder.Bind();

        var bound = new List<BoundFunction>();
        foreach (var f in candidates)
        {
            if (handleBinder.Claimed.Contains(f.Name)) continue;
            var pyName = spec.Functions.GetValueOrDefault(f.Name)?.Name ?? f.Name;
            if (functions.Bind(f, FunctionKind.Plain, pyName) is { } bf) bound.Add(bf);
        }
        CheckDuplicateNames(ctx, bound);
        UniqueCsNames(bound);

        // Header order, so output does not depend on set iteration order.
        var structs = header.Records.Select(r => r.Name).Distinct().Where(exposed.Contains)
            .Select(n => StructBinder.Bind(ctx, n, exposed)).ToList();
        var constants = ConstantBinder.Bind(ctx).Concat(EnumBinder.AnonymousConstants(ctx)).ToList();
        var variables = VariableBinder.Bind(ctx, bound.Select(f => f.PyName).ToHashSet()).ToList();

        return new BoundModule(spec.Module)
        {
            SpecPath = specPathForDisplay ?? spec.SpecPath,
            SpecDirectory = spec.SpecDirectory,
            Headers = spec.Headers,
            IncludeDirs = spec.IncludeDirs,
            Defines = spec.Defines,
            Libraries = spec.Library,
            LibraryNames = spec.LibraryName.Count > 0 ? spec.LibraryName : spec.Library.Select(l => $"lib{l}.so").ToList(),
            Targets = spec.Targets,
            Functions = bound,
            Handles = handles,
            Structs = structs,
            Enums = EnumBinder.Bind(ctx).ToList(),
            Constants = constants,
            Errors = errors.Values.ToList(),
            Callbacks = functions.Callbacks.GroupBy(c => c.Name).Select(g => g.First()).ToList(),
            Header = header,
            Variables = variables,
        };
    }

    static bool IsCandidate(BindContext ctx, CFunction f)
    {
        var fs = ctx.Spec.Functions.GetValueOrDefault(f.Name);
        if (fs?.Skip ?? false) return false;
        // exclude is explicit and wins; an annotation alone does not bring an excluded function back.
        if (Globs.AnyMatches(ctx.Spec.Exclude, f.Name)) return false;
        // Found outside `headers` only because the spec names it elsewhere (a message or free function): a module
        // function only when `functions:` names it too.
        if (f.NamedOnly) return fs is not null;
        // A function the spec annotates (or types in macros_as_functions) is wanted even when include globs would leave it out.
        return fs is not null || (f.IsMacro && !f.IsInferred) || ctx.IsSelected(f.Name);
    }

    static void CheckFunctionNames(BindContext ctx)
    {
        var names = ctx.Header.Functions.Select(f => f.Name).ToHashSet();
        foreach (var (name, fs) in ctx.Spec.Functions)
            if (!names.Contains(name))
                ctx.Diagnostics.Error(fs.Location, $"function '{name}' is not declared in the headers{ctx.WhereLooked}{Suggest.Hint(name, names)}");
    }

    /// <summary>Every macros_as_functions name must be a function-like macro of the headers (else the generated call would not compile).</summary>
    static void CheckMacroFunctions(BindContext ctx)
    {
        var functionLike = ctx.Header.SkippedMacros.Where(m => m.Reason == "function-like macro").Select(m => m.Name).ToHashSet();
        foreach (var (name, _) in ctx.Spec.MacrosAsFunctions)
            if (!functionLike.Contains(name))
                ctx.Diagnostics.Error(ctx.Spec.At("macros_as_functions"),
                    $"macros_as_functions: '{name}' is not a function-like macro of the headers{Suggest.Hint(name, functionLike)}");
    }

    /// <summary>PascalCase can merge distinct Python names (gzgetc, gzgetc_ → Gzgetc): later ones (by C name) get a trailing _ per clash.</summary>
    static void UniqueCsNames(List<BoundFunction> bound)
    {
        foreach (var g in bound.Select((f, i) => (f, i)).GroupBy(x => x.f.CsName).Where(g => g.Count() > 1))
        {
            var k = 0;
            foreach (var (f, i) in g.OrderBy(x => x.f.CName, StringComparer.Ordinal).Skip(1))
                bound[i] = f with { CsName = f.CsName + new string('_', ++k) };
        }
    }

    static void CheckDuplicateNames(BindContext ctx, List<BoundFunction> bound)
    {
        foreach (var g in bound.GroupBy(f => f.PyName).Where(g => g.Count() > 1))
            ctx.Diagnostics.Error(ctx.Spec.Functions.GetValueOrDefault(g.Last().CName)?.At("name") ?? g.Last().Location,
                $"two functions are named '{g.Key}' in the module: {string.Join(", ", g.Select(f => f.CName))}");
    }
}
