using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>Turns `errors:` (and inline conventions) into module exception classes, checking the message functions.</summary>
public static class ErrorBinder
{
    public static BoundError Bind(BindContext ctx, ErrorSpec e)
    {
        var defaultBase = e.Kind == ErrorKind.Errno ? "OSError" : "RuntimeError";
        var exception = e.Exception ?? (e.Kind == ErrorKind.Errno ? "OSError" : ctx.DefaultExceptionName);
        var bound = new BoundError(e.Name, e.Kind, exception, e.Base ?? defaultBase)
        {
            Success = e.Kind == ErrorKind.ReturnCode ? (e.Success ?? [0]) : [],
        };
        // An empty success set would make every call fail; targets once read it three different ways.
        if (e.Success is { Count: 0 })
            ctx.Diagnostics.Error(e.At("success"), $"error convention '{e.Name}' has `success: []`: no return value could ever succeed; list the success values (default [0])");
        if (e.Message is { } msg && CheckMessageFunction(ctx, msg, e.At("message"), expectInteger: true))
            bound = bound with { MessageFunction = msg };
        if (e.MessageFrom is { } mf && CheckMessageFunction(ctx, mf.Function, mf.At("function"), expectInteger: false))
            bound = bound with { MessageFromFunction = mf.Function, MessageFromCType = ctx.Header.FindFunction(mf.Function)!.Params[0].Type.Spelling };
        return bound;
    }

    /// <summary>A message function takes one argument (the code, or a handle) and returns a C string.</summary>
    static bool CheckMessageFunction(BindContext ctx, string name, SourceLocation at, bool expectInteger)
    {
        var f = ctx.Header.FindFunction(name);
        if (f is null)
        {
            ctx.Diagnostics.Error(at, $"message function '{name}' is not declared in the headers{ctx.WhereLooked}{Suggest.Hint(name, ctx.Header.Functions.Select(x => x.Name))}");
            return false;
        }
        bool returnsString = TypeFacts.Pointee(f.Return) is { } p && TypeFacts.IsCharLike(p);
        bool argOk = f.Params.Count == 1 && (expectInteger ? TypeFacts.IsInteger(f.Params[0].Type) : TypeFacts.Pointee(f.Params[0].Type) is not null);
        if (!returnsString || !argOk)
        {
            ctx.Diagnostics.Error(at, $"message function '{name}' must take one {(expectInteger ? "integer code" : "handle pointer")} and return a C string");
            return false;
        }
        return true;
    }

    /// <summary>The convention a `returns.error` names, checked against the return type.</summary>
    public static BoundErrorCheck? Check(BindContext ctx, CFunction f, ReturnSpec r, IDictionary<string, BoundError> errors)
    {
        BoundError? err = null;
        if (r.InlineError is { } inline)
        {
            var name = f.Name + "_error";
            err = errors.TryGetValue(name, out var existing) ? existing : errors[name] = Bind(ctx, inline with { Name = name });
        }
        else if (r.Error is { } n)
        {
            if (!errors.TryGetValue(n, out err))
            {
                ctx.Diagnostics.Error(r.At("error"), $"error convention '{n}' is not defined under errors{Suggest.Hint(n, errors.Keys)}");
                return null;
            }
        }
        if (err is null) return null;

        var ret = f.Return;
        bool ok = err.Kind switch
        {
            ErrorKind.Null => TypeFacts.Pointee(ret) is not null,
            _ => TypeFacts.IsInteger(ret),
        };
        if (!ok)
        {
            ctx.Diagnostics.Error(r.At("error"), $"error convention '{err.Name}' ({err.Kind}) does not fit the return type '{ret.Spelling}' of '{f.Name}'");
            return null;
        }
        // `negative` on an unsigned return can never be true in C; targets that cast it to a signed integer would
        // raise on large values and the others would not, so it is rejected for a convention that says what fails.
        if (err.Kind == ErrorKind.Negative && ret.Canonical is CPrimitiveType { IsInteger: true, IsSigned: false })
        {
            ctx.Diagnostics.Error(r.InlineError?.At("kind") ?? r.At("error"), $"error convention '{err.Name}' (negative) on '{f.Name}', whose return type '{ret.Spelling}' is unsigned: " +
                "it can never be negative; use `kind: check` with a predicate function, or `kind: return_code` with `failure: [...]` listing the failing values");
            return null;
        }
        var check = new BoundErrorCheck(err.Name);
        if (err.MessageFromFunction is not null)
        {
            var arg = ctx.Spec.Errors.GetValueOrDefault(err.Name)?.MessageFrom?.Arg ?? r.InlineError?.MessageFrom?.Arg;
            if (arg is null || f.Params.All(p => p.Name != arg))
            {
                ctx.Diagnostics.Error(r.At("error"), $"error convention '{err.Name}' reads its message from parameter '{arg}', which '{f.Name}' does not have");
                return null;
            }
            check = check with { MessageFromParam = arg };
        }
        return check;
    }
}
