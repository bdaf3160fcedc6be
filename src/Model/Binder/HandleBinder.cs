using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>Handles: which functions are the constructor, destructor and methods of each, bound as such.</summary>
public sealed class HandleBinder(BindContext ctx, FunctionBinder functions)
{
    /// <summary>C functions that belong to a handle (never also module functions).</summary>
    public HashSet<string> Claimed { get; } = new();

    public List<BoundHandle> Bind()
    {
        // Claim first: a later handle's methods glob must not steal an earlier handle's destructor.
        var plan = new List<(string Key, string Record, HandleSpec Spec, CFunction? Ctor, CFunction? Dtor, List<CFunction> Methods)>();
        foreach (var (key, record, h) in ctx.Handles.Values)
        {
            var ctor = Lookup(h.Constructor, h.At("constructor"), "constructor");
            var dtor = Lookup(h.Destructor, h.At("destructor"), "destructor");
            if (ctor is not null && h.Allocate && !ctor.Params.Any(p => TypeFacts.PointeeRecord(p.Type) == record))
            {
                ctx.Diagnostics.Error(h.At("constructor"), $"constructor '{ctor.Name}' of the allocate handle '{h.CType}' must have a '{h.TypeName} *' parameter (the storage it initialises)");
                ctor = null;
            }
            else if (ctor is not null && !h.Allocate && !IsConstructorOf(ctor, record))
            {
                ctx.Diagnostics.Error(h.At("constructor"), $"constructor '{ctor.Name}' must return a '{h.TypeName}' pointer or have a '{h.TypeName} **' parameter");
                ctor = null;
            }
            // A constructor or destructor the library does not export would fail at import, or crash in a finalizer.
            if (ctor is not null && ctx.NotExported(ctor) is { } noCtor)
            {
                ctx.Diagnostics.Error(h.At("constructor"), $"constructor '{ctor.Name}' of handle '{h.CType}' cannot be called: {noCtor}");
                ctor = null;
            }
            if (dtor is not null && ctx.NotExported(dtor) is { } noDtor)
            {
                ctx.Diagnostics.Error(h.At("destructor"), $"destructor '{dtor.Name}' of handle '{h.CType}' cannot be called: {noDtor}");
                dtor = null;
            }
            if (dtor is not null && (dtor.Params.Count != 1 || ctx.HandleKeyOf(dtor.Params[0].Type) != record))
            {
                // The generated code calls it with the pointer alone: a second parameter would be left out.
                ctx.Diagnostics.Error(h.At("destructor"), $"destructor '{dtor.Name}' must take exactly one parameter, a '{h.TypeName}' pointer");
                dtor = null;
            }
            // Methods are chosen among the functions include/exclude bind; a destructor look-alike is left to the
            // module-level pass, which skips it with a warning unless the spec names it.
            var methods = h.Methods is null ? new List<CFunction>() : ctx.Header.Functions.Where(f =>
                Globs.Matches(h.Methods, f.Name) && ctx.IsBindable(f) && f != ctor && f != dtor && !f.IsVariadic &&
                f.Params.Count > 0 && ctx.HandleKeyOf(f.Params[0].Type) == record &&
                (Lifecycle.DestructorWord(ctx, f) is null || ctx.IsNamedExplicitly(f.Name))).ToList();
            if (h.Methods is not null && methods.Count == 0)
                ctx.Diagnostics.Warning(h.At("methods"), $"no function matches methods '{h.Methods}' with a '{h.TypeName}' pointer as first parameter");
            foreach (var f in methods.Append(ctor).Append(dtor)) if (f is not null) Claimed.Add(f.Name);
            plan.Add((key, record, h, ctor, dtor, methods));
        }

        var result = new List<BoundHandle>();
        foreach (var (key, record, h, ctor, dtor, methods) in plan)
        {
            var className = h.Class ?? Naming.CamelCase(h.CType);
            var spelling = ctx.HandlePointerSpelling(key);
            var prefix = h.MethodPrefix ?? (h.Methods is null ? "" : Globs.LiteralPrefix(h.Methods));
            BoundFunction? boundCtor = null;
            if (ctor is not null)
            {
                boundCtor = functions.Bind(ctor, new FunctionKind(ConstructorOf: key), PyName(ctor, ctor.Name));
                if (boundCtor is null)
                    ctx.Diagnostics.Error(h.At("constructor"),
                        $"constructor '{ctor.Name}' of handle '{h.CType}' cannot be bound: {functions.SkipReasons.GetValueOrDefault(ctor.Name, "its annotations have errors (reported above)")}");
                else if (ExtraResults(boundCtor, key) is { Count: > 0 } extra)
                {
                    // A constructor gives back its object only: every target would have to drop these values.
                    ctx.Diagnostics.Error(h.At("constructor"), $"constructor '{ctor.Name}' of handle '{h.CType}' has the out parameter{(extra.Count > 1 ? "s" : "")} " +
                        $"{string.Join(", ", extra.Select(p => $"'{p}'"))} besides its object, and a constructor returns only the object: " +
                        $"pass `fixed: null` for {(extra.Count > 1 ? "them" : "it")} if C accepts NULL there, or bind '{ctor.Name}' as a function " +
                        $"(no constructor; `returns: {{handle: {h.TypeName}}}`), which returns the object and the out values");
                    boundCtor = null;
                }
            }
            var boundMethods = methods
                .Select(m => functions.Bind(m, new FunctionKind(MethodOf: key), PyName(m, Naming.PythonIdentifier(Strip(m.Name, prefix)))))
                .OfType<BoundFunction>().Select(m => AvoidLifecycleNames(m, h)).ToList();
            result.Add(new BoundHandle(key, className, spelling)
            {
                Allocate = h.Allocate,
                StorageCType = h.Allocate ? ctx.Types.RecordSpelling(record) : null,
                StorageSize = h.Allocate ? ctx.Types.Record(record)!.Size : 0,
                Constructor = boundCtor,
                Destructor = dtor?.Name,
                Methods = boundMethods,
                KeepsCallbacks = boundMethods.Any(m => m.Params.Any(p => p.Role is CallbackRole { Scope: CallbackScope.Forever })),
                Doc = ctx.Types.Record(record)?.Doc ?? ctx.Header.FindTypedef(record)?.Doc,
            });
        }
        return result;
    }

    /// <summary>The constructor's C parameters that give something back besides the object itself (out values, buffers).</summary>
    static List<string> ExtraResults(BoundFunction ctor, string key) =>
        ctor.Results.Where(r => r.Param is { } p && !IsSelf(ctor.Param(p).Role, key)).Select(r => r.Param!).Distinct().ToList();

    static bool IsSelf(ParamRole role, string key) => role is OutRole { Type: HandleType ht } && ht.Handle == key;

    /// <summary>
    /// A method named like a member of the handle class's lifecycle (close, __exit__, Dispose, …) would shadow it:
    /// close() would run the C function instead of the destructor and leave the object open. Such a method gets a
    /// trailing underscore, with a warning.
    /// </summary>
    BoundFunction AvoidLifecycleNames(BoundFunction m, HandleSpec h)
    {
        var at = ctx.Spec.Functions.GetValueOrDefault(m.CName)?.Location ?? h.At("methods");
        if (Lifecycle.IsPythonMember(m.PyName))
        {
            ctx.Diagnostics.Warning(at, $"method '{m.PyName}' of '{m.CName}' would shadow the handle class's own '{m.PyName}': renamed '{m.PyName}_' (give it `name:` to choose another)");
            m = m with { PyName = m.PyName + "_", CsName = Naming.Pascal(m.PyName + "_") };
        }
        if (Lifecycle.IsCSharpMember(m.CsName))
        {
            ctx.Diagnostics.Warning(at, $"C# method '{m.CsName}' of '{m.CName}' would hide SafeHandle's '{m.CsName}': renamed '{m.CsName}_'");
            m = m with { CsName = m.CsName + "_" };
        }
        return m;
    }

    string PyName(CFunction f, string fallback) => ctx.Spec.Functions.GetValueOrDefault(f.Name)?.Name ?? fallback;

    static string Strip(string name, string prefix) => prefix.Length > 0 && name.StartsWith(prefix) && name.Length > prefix.Length ? name[prefix.Length..] : name;

    CFunction? Lookup(string? name, SourceLocation at, string what)
    {
        if (name is null) return null;
        var f = ctx.Header.FindFunction(name);
        if (f is null) ctx.Diagnostics.Error(at, $"{what} '{name}' is not declared in the headers{ctx.WhereLooked}{Suggest.Hint(name, ctx.Header.Functions.Select(x => x.Name))}");
        else if (Globs.AnyMatches(ctx.Spec.Exclude, name) || (ctx.Spec.Functions.GetValueOrDefault(name)?.Skip ?? false))
        {
            // Naming it is not enough to bind what the spec also says not to bind: which one is meant is the author's call.
            var why = ctx.Spec.Exclude.FirstOrDefault(g => Globs.Matches(g, name)) is { } g ? $"exclude '{g}' matches it" : "it has `skip: true`";
            ctx.Diagnostics.Error(at, $"{what} '{name}' is not bound: {why}; remove that, or name another {what}");
            return null;
        }
        else if (!ctx.IsWanted(f))
        {
            ctx.Diagnostics.Error(at, $"{what} '{name}' is not bound: include does not select it; add it to include (a handle's {what} is bound like any function)");
            return null;
        }
        return f;
    }

    bool IsConstructorOf(CFunction f, string record) =>
        ctx.HandleKeyOf(f.Return) == record ||
        f.Params.Any(p => BindContext.SpelledPointee(p.Type) is { } inner && ctx.HandleKeyOf(inner) == record);
}
