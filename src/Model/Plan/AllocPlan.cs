using System.Text.Json.Serialization;
using Bindgen.Model.IR;

namespace Bindgen.Model.Plan;

/// <summary>What a parameter named in an alloc expression stands for once the inputs are converted.</summary>
public enum AllocOperandKind
{
    /// <summary>A scalar argument's C value (value, inout, fixed).</summary>
    Value,
    /// <summary>A hidden length parameter of an input buffer: that buffer's length in the C length's unit.</summary>
    Length,
    /// <summary>A `buffer: in` parameter: its data pointer (only as an argument of a call).</summary>
    InputBuffer,
    /// <summary>A handle argument's pointer (only as an argument of a call).</summary>
    Handle,
}

/// <summary>A parameter an alloc expression reads, with what it stands for.</summary>
public sealed record AllocOperand(string Param, AllocOperandKind Kind)
{
    /// <summary>InputBuffer: the buffer's C element spelling (for a typed pointer where a target needs one).</summary>
    public string? ElementCType { get; init; }
    /// <summary>Length: the input buffer it measures.</summary>
    public string? OfBuffer { get; init; }
}

/// <summary>
/// The size of an alloc buffer: one validated expression tree (literals, operands, + - * /, calls of bound
/// functions), evaluated after the inputs are converted and before the call, rendered to every target from this one
/// tree. The result is a byte count; a negative or unallocatable size raises MemoryError (C#: OutOfMemoryException).
/// </summary>
public sealed record AllocPlan(string Buffer, Expr Size, IReadOnlyList<AllocOperand> Operands)
{
    /// <summary>Each function the expression calls → the C spellings of its parameters (for targets that cast each argument).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Callees { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public AllocOperand Operand(string param) => Operands.First(o => o.Param == param);

    /// <summary>Renders Size with the target's spelling of operands, function names, literals and integer division.</summary>
    public string Render(Func<AllocOperand, string> operand, Func<string, string> function, Func<long, string>? literal = null, string divide = "/") =>
        Render(operand, (c, r) => $"{function(c.Function)}({string.Join(", ", c.Args.Select(r))})", literal, divide);

    /// <summary>Renders Size with a target's own call rendering (for targets that cast each argument to the callee's parameter type).</summary>
    public string Render(Func<AllocOperand, string> operand, Func<CallExpr, Func<Expr, string>, string> call, Func<long, string>? literal = null, string divide = "/")
    {
        string R(Expr e) => e switch
        {
            LiteralExpr l => literal is null ? l.Value.ToString() : literal(l.Value),
            ParamExpr p => operand(Operand(p.Param)),
            BinaryExpr b => $"({R(b.Left)} {(b.Op == "/" ? divide : b.Op)} {R(b.Right)})",
            CallExpr c => call(c, R),
            _ => throw new NotSupportedException(e.GetType().Name),
        };
        return R(Size);
    }

    /// <summary>The input buffers the expression reads as pointers (a target pins or acquires them first).</summary>
    [JsonIgnore] public IEnumerable<AllocOperand> InputBuffers => Operands.Where(o => o.Kind == AllocOperandKind.InputBuffer);
}
