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
            if (dtor is not null && (dtor.Params.Count != 1 || ctx.HandleKeyOf(dtor.Params[0].Type) != record))
            {
                // The generated code calls it with the pointer alone: a second parameter would be left out.
                ctx.Diagnostics.Error(h.At("destructor"), $"destructor '{dtor.Name}' must take exactly one parameter, a '{h.TypeName}' pointer");
                dtor = null;
            }
            var methods = h.Methods is null ? new List<CFunction>() : ctx.Header.Functions.Where(f =>
                Globs.Matches(h.Methods, f.Name) && !Globs.AnyMatches(ctx.Spec.Exclude, f.Name) && f != ctor && f != dtor && !f.IsVariadic &&
                f.Params.Count > 0 && ctx.HandleKeyOf(f.Params[0].Type) == record &&
                !(ctx.Spec.Functions.GetValueOrDefault(f.Name)?.Skip ?? false)).ToList();
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
            }
            var boundMethods = methods
                .Select(m => functions.Bind(m, new FunctionKind(MethodOf: key), PyName(m, Naming.PythonIdentifier(Strip(m.Name, prefix)))))
                .OfType<BoundFunction>().ToList();
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

    string PyName(CFunction f, string fallback) => ctx.Spec.Functions.GetValueOrDefault(f.Name)?.Name ?? fallback;

    static string Strip(string name, string prefix) => prefix.Length > 0 && name.StartsWith(prefix) && name.Length > prefix.Length ? name[prefix.Length..] : name;

    CFunction? Lookup(string? name, SourceLocation at, string what)
    {
        if (name is null) return null;
        var f = ctx.Header.FindFunction(name);
        if (f is null) ctx.Diagnostics.Error(at, $"{what} '{name}' is not declared in the headers{ctx.WhereLooked}{Suggest.Hint(name, ctx.Header.Functions.Select(x => x.Name))}");
        return f;
    }

    bool IsConstructorOf(CFunction f, string record) =>
        ctx.HandleKeyOf(f.Return) == record ||
        f.Params.Any(p => BindContext.SpelledPointee(p.Type) is { } inner && ctx.HandleKeyOf(inner) == record);
}
