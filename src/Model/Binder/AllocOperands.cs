using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>
/// Checks what an `alloc` expression reads once every parameter has its role: an alloc is evaluated after the inputs
/// are converted and before the call, so it may name value arguments, handles, `buffer: in` parameters (their data
/// pointer, as a call argument) and the lengths of buffers the caller passes; never what C writes (out parameters,
/// produced counts, other alloc buffers or their lengths).
/// </summary>
public static class AllocOperands
{
    public static bool Check(BindContext ctx, CFunction f, FunctionSpec? fs, IReadOnlyList<BoundParam> ps)
    {
        bool ok = true;
        foreach (var p in ps)
        {
            if (p.Role is not BufferRole { Alloc: { } alloc }) continue;
            var at = fs?.Params.GetValueOrDefault(p.CName)?.At("alloc") ?? f.Location;
            foreach (var (name, asArgument) in Names(alloc, false))
            {
                var other = ps.First(x => x.CName == name);
                if (Problem(ps, other, asArgument) is { } why)
                {
                    ctx.Diagnostics.Error(at, $"alloc expression of '{p.CName}' in '{f.Name}' reads '{name}', {why}");
                    ok = false;
                }
            }
        }
        return ok;
    }

    /// <summary>Why the parameter cannot be read before the call, or null when it can.</summary>
    static string? Problem(IReadOnlyList<BoundParam> ps, BoundParam p, bool asArgument) => p.Role switch
    {
        ValueRole or InoutRole or FixedRole => null,
        LengthRole l when ps.First(x => x.CName == l.Buffer).Role is BufferRole { Alloc: not null } => "the length of another alloc buffer, which is only known after it is sized",
        LengthRole { IsPointer: true } => "a length C writes back (a pointer): name its buffer's capacity through a value parameter instead",
        LengthRole => null,
        BufferRole { Direction: BufferDirection.In, Alloc: null } => asArgument ? null : "a buffer pointer, which is only meaningful as an argument of a function call",
        BufferRole => "an output buffer, which C fills only during the call",
        HandleRole => asArgument ? null : "a handle pointer, which is only meaningful as an argument of a function call",
        OutRole or ProducedRole => "an output parameter, which C writes only during the call",
        _ => "which has no value before the call",
    };

    /// <summary>The parameters an expression names, and whether each appears directly as a call argument.</summary>
    static IEnumerable<(string Name, bool AsArgument)> Names(Expr e, bool asArgument) => e switch
    {
        ParamExpr p => [(p.Param, asArgument)],
        BinaryExpr b => Names(b.Left, false).Concat(Names(b.Right, false)),
        CallExpr c => c.Args.SelectMany(a => Names(a, true)),
        _ => [],
    };
}
