using Bindgen.Model.IR;
using Bindgen.Model.Plan;
using Bindgen.Model.Spec;
using static Bindgen.Emitters.Common.CApiLowering;

namespace Bindgen.Emitters.Common;

/// <summary>The shared lowering of what a call gives back: the return local, the results Python gets, the error check.</summary>
public abstract partial class CApiFunctionLowering<TModule, TFunction, THandle>
{
    ReturnModel LowerReturn(BoundReturn r)
    {
        switch (r.Kind)
        {
            case ReturnKind.Void:
                return new ReturnModel { IsVoid = true };
            case ReturnKind.String:
                return new ReturnModel
                {
                    CType = r.CSpelling, Init = "NULL",
                    Cleanup = r.Ownership == Ownership.Owned && r.Free is not null ? $"if (bg_rv != NULL) {r.Free}((void *)bg_rv);" : "",
                };
            case ReturnKind.Handle:
                var h = _m.Handle(((HandleType)r.Type).Handle);
                return new ReturnModel
                {
                    CType = r.CSpelling, Init = "NULL",
                    Cleanup = r.Ownership == Ownership.Owned && h.Destructor is not null ? $"if (bg_rv != NULL) {h.Destructor}(bg_rv);" : "",
                };
            case ReturnKind.Pointer:
                return new ReturnModel { CType = r.CSpelling, Init = "NULL" };
            default:
                if (!r.Hidden) Conv(r.Type);
                return new ReturnModel { CType = r.CSpelling, Init = ZeroInit(r.Type) };
        }
    }

    /// <summary>A C string as a new Python str (or bytes when bytes is set).</summary>
    protected string FromCstr(string expr, bool bytes) => $"bg_from_cstr({CstrCtx}(const char *){expr}, {(bytes ? 1 : 0)})";

    /// <summary>A C value as a new Python object through its converter.</summary>
    protected string ToPy(BoundType t, string expr) => $"bg_to_py_{Conv(t)}({Ctx}, {expr})";

    string ResultExpr(BoundFunction f, BoundResult r, List<TrimModel> trims, string fnLit)
    {
        switch (r.Source)
        {
            case ResultSource.Return:
                return f.Return.Kind switch
                {
                    ReturnKind.String => FromCstr("bg_rv", ((StringType)f.Return.Type).Encoding == StringEncoding.Bytes),
                    ReturnKind.Handle => $"{HandlePrefix(((HandleType)f.Return.Type).Handle)}_wrap({Ctx}, &bg_rv, {(f.Return.Ownership == Ownership.Owned ? 1 : 0)}, 0)",
                    ReturnKind.Pointer => PointerToPy("bg_rv"),
                    _ => ToPy(f.Return.Type, "bg_rv"),
                };
            case ResultSource.Out:
            {
                var p = f.Param(r.Param!);
                var o = (OutRole)p.Role;
                return o.Type switch
                {
                    StringType st => FromCstr(Local(p.CName), st.Encoding == StringEncoding.Bytes),
                    HandleType ht => $"{HandlePrefix(ht.Handle)}_wrap({Ctx}, &{Local(p.CName)}, 1, 0)",
                    _ => ToPy(o.Type, Local(p.CName)),
                };
            }
            case ResultSource.Inout:
            {
                var p = f.Param(r.Param!);
                return ToPy(((InoutRole)p.Role).Type, Local(p.CName));
            }
            case ResultSource.AllocBuffer:
            {
                var p = f.Param(r.Param!);
                if (ProducedLocal(p) is { } produced)
                {
                    var b = (BufferRole)p.Role;
                    var u = CallPlanner.For(_m, f).Buffer(p.CName);
                    var scale = u.Scaled ? $" * {u.UnitBytes}" : "";
                    return AllocResult(p, $"(long long){produced}{scale}", trims);
                }
                return AllocResult(p, null, trims);
            }
            case ResultSource.ProducedLength:
            {
                var p = f.Param(r.Param!);
                return LongLongToPy($"(long long){ProducedLocal(p)}");
            }
            case ResultSource.StreamOutput:
                return StreamOutputToPy;
            default:
                throw new InvalidOperationException(r.Source.ToString());
        }
    }

    /// <summary>The local holding how much C wrote into a buffer: its pointer length or its produced param.</summary>
    static string? ProducedLocal(BoundParam buffer)
    {
        var b = (BufferRole)buffer.Role;
        if (b.ProducedParam is { } pp) return Local(pp);
        if (b.LengthIsPointer && b.LengthParam is { } lp) return Local(lp);
        return null;
    }

    /// <summary>The plan's error check in C over bg_rv (ErrorTest renders the test, shared with the stream helpers).</summary>
    ErrorCheckModel? LowerErrorCheck(BoundFunction f)
    {
        if (CallPlanner.For(_m, f).ErrorCheck is not { } ec) return null;
        return new ErrorCheckModel
        {
            Kind = ec.Code switch { CodeSource.Errno => "errno", CodeSource.None => "null", _ => "code" },
            Condition = ErrorTest(ec, "bg_rv"),
            Exception = _excByName[ec.ExceptionClass],
            Message = ec.Message switch
            {
                MessageSource.CodeFunction => $"(const char *){ec.MessageFunction}(bg_rv)",
                MessageSource.HandleFunction => $"(const char *){ec.MessageFunction}({Local(ec.MessageArgParam!)})",
                _ => "NULL",
            },
        };
    }
}
