using System.Text.Json.Serialization;

namespace Bindgen.Model.IR;

/// <summary>A spec `alloc:` expression: literals, parameter references, + - * / and calls to bound functions.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "expr")]
[JsonDerivedType(typeof(LiteralExpr), "literal")]
[JsonDerivedType(typeof(ParamExpr), "param")]
[JsonDerivedType(typeof(BinaryExpr), "binary")]
[JsonDerivedType(typeof(CallExpr), "call")]
public abstract record Expr
{
    /// <summary>Renders with a callback that names parameters and functions in the target language.</summary>
    public abstract string Render(Func<string, string> param, Func<string, string> function);
}

public sealed record LiteralExpr(long Value) : Expr
{
    public override string Render(Func<string, string> param, Func<string, string> function) => Value.ToString();
}

public sealed record ParamExpr(string Param) : Expr
{
    public override string Render(Func<string, string> param, Func<string, string> function) => param(Param);
}

public sealed record BinaryExpr(string Op, Expr Left, Expr Right) : Expr
{
    public override string Render(Func<string, string> param, Func<string, string> function) =>
        $"({Left.Render(param, function)} {Op} {Right.Render(param, function)})";
}

public sealed record CallExpr(string Function, IReadOnlyList<Expr> Args) : Expr
{
    public override string Render(Func<string, string> param, Func<string, string> function) =>
        $"{function(Function)}({string.Join(", ", Args.Select(a => a.Render(param, function)))})";
}
