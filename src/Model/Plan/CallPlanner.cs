using System.Runtime.CompilerServices;
using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Plan;

/// <summary>
/// The lowering pass after the binder: BoundFunction → CallPlan, target-neutral. A plan depends only on the
/// function and its module's error conventions and header, so it is made once per function and cached (ForTarget's
/// module views share the function records). The binder has already rejected what no target can do (negative on an
/// unsigned return, `success: []`, alloc operands unknown before the call); reaching one here is a bug.
/// </summary>
public static class CallPlanner
{
    static readonly ConditionalWeakTable<BoundFunction, CallPlan> Cache = new();

    /// <summary>The plan of f, a function, constructor or method of m.</summary>
    public static CallPlan For(BoundModule m, BoundFunction f) => Cache.GetValue(f, fn => Plan(m, fn));

    /// <summary>Every plan of the module, in module order.</summary>
    public static ModulePlan PlanModule(BoundModule m) => new(m.Name, m.AllFunctions.Select(f => For(m, f)).ToList());

    static CallPlan Plan(BoundModule m, BoundFunction f) => new(f.CName)
    {
        MethodOf = f.MethodOf,
        ErrorCheck = f.ErrorCheck is { } check ? ErrorCheckOf(m, f, check) : null,
        Buffers = f.Params.Where(p => p.Role is BufferRole).Select(p => LengthOf(p.CName, (BufferRole)p.Role)).ToList(),
        Allocs = f.Params.Where(p => p.Role is BufferRole { Alloc: not null }).Select(p => AllocOf(m, f, p.CName, ((BufferRole)p.Role).Alloc!)).ToList(),
    };

    static BufferLengthPlan LengthOf(string cname, BufferRole b) => new(cname, b.LengthUnit, b.ElementSize)
    {
        LengthParam = b.LengthParam,
        ProducedParam = b.ProducedParam,
    };

    static ErrorCheckPlan ErrorCheckOf(BoundModule m, BoundFunction f, BoundErrorCheck check)
    {
        var e = m.Error(check.Error);
        bool signed = f.Return.Type switch
        {
            IntType i => i.Signed,
            EnumType en => en.Signed,
            BoolType => false,
            _ => false,
        };
        var test = e.Kind switch
        {
            ErrorKind.ReturnCode => FailureTest.NotSuccess,
            ErrorKind.Null => FailureTest.Null,
            ErrorKind.Errno => FailureTest.MinusOne,
            _ => FailureTest.Negative,
        };
        if (test == FailureTest.NotSuccess && e.Success.Count == 0)
            throw new InvalidOperationException($"{f.CName}: error convention '{e.Name}' has no success value (the binder rejects `success: []`)");
        if (test == FailureTest.Negative && f.Return.Type is IntType { Signed: false })
            throw new InvalidOperationException($"{f.CName}: `kind: negative` on an unsigned return (the binder rejects it)");

        var plan = new ErrorCheckPlan(e.Name, e.ExceptionClass, test)
        {
            Success = test == FailureTest.NotSuccess ? e.Success : [],
            ReturnSigned = signed,
            ReturnCType = f.Return.CSpelling,
            Code = e.Kind switch { ErrorKind.Errno => CodeSource.Errno, ErrorKind.Null => CodeSource.None, _ => CodeSource.Return },
        };
        // errno's text is strerror(errno) on every target (a `message:` on it was used by C# alone); `message:` and
        // `message_from:` exclude each other (loader); a NULL return has no code to pass to message(code).
        if (e.Kind == ErrorKind.Errno) return plan with { Message = MessageSource.Errno };
        if (e.MessageFromFunction is { } mff && check.MessageFromParam is { } arg)
            return plan with
            {
                Message = MessageSource.HandleFunction, MessageFunction = mff, MessageArgParam = arg,
                MessageArgCType = e.MessageFromCType, MessageArgType = FirstParamType(m, mff),
            };
        if (e.MessageFunction is { } mf && e.Kind != ErrorKind.Null)
            return plan with
            {
                Message = MessageSource.CodeFunction, MessageFunction = mf,
                MessageArgCType = FirstParamType(m, mf)?.Spelling, MessageArgType = FirstParamType(m, mf),
            };
        return plan;
    }

    static CType? FirstParamType(BoundModule m, string function) =>
        m.Header.FindFunction(function) is { Params.Count: > 0 } fn ? fn.Params[0].Type : null;

    static AllocPlan AllocOf(BoundModule m, BoundFunction f, string buffer, Expr size)
    {
        var names = new List<string>();
        var calls = new List<string>();
        Collect(size, names, calls);
        var operands = names.Distinct().Select(n => Operand(f, buffer, f.Param(n))).ToList();
        var callees = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var c in calls.Distinct())
            callees[c] = m.Header.FindFunction(c)?.Params.Select(p => p.Type.Spelling).ToList() ?? [];
        return new AllocPlan(buffer, size, operands) { Callees = callees };
    }

    static void Collect(Expr e, List<string> names, List<string> calls)
    {
        switch (e)
        {
            case ParamExpr p: names.Add(p.Param); break;
            case BinaryExpr b: Collect(b.Left, names, calls); Collect(b.Right, names, calls); break;
            case CallExpr c: calls.Add(c.Function); foreach (var a in c.Args) Collect(a, names, calls); break;
        }
    }

    /// <summary>What a parameter named in an alloc expression stands for (AllocOperands.Problem has already accepted it).</summary>
    static AllocOperand Operand(BoundFunction f, string buffer, BoundParam p) => p.Role switch
    {
        ValueRole or InoutRole or FixedRole => new AllocOperand(p.CName, AllocOperandKind.Value),
        LengthRole l => new AllocOperand(p.CName, AllocOperandKind.Length) { OfBuffer = l.Buffer },
        BufferRole { Direction: BufferDirection.In, Alloc: null } b => new AllocOperand(p.CName, AllocOperandKind.InputBuffer) { ElementCType = b.ElementCType },
        HandleRole => new AllocOperand(p.CName, AllocOperandKind.Handle),
        _ => throw new InvalidOperationException($"{f.CName}: alloc expression of '{buffer}' reads '{p.CName}' ({p.Role.GetType().Name}), which has no value before the call"),
    };
}
