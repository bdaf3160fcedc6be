namespace Bindgen.Emitters.CSharp;

public enum MethodKind { Static, Instance, Constructor }

/// <summary>A generated C# method: doc lines, its signature and its body lines (indented relative to the method).</summary>
public sealed class MethodModel
{
    public required IReadOnlyList<string> Doc { get; init; }
    /// <summary>Everything before the body, e.g. "public static int Add(int a, int b)" or a constructor with its base call.</summary>
    public required string Signature { get; init; }
    public required IReadOnlyList<string> Body { get; init; }
    /// <summary>Set instead of a body for one-expression methods (printed as `=> Expression;`).</summary>
    public string? Expression { get; init; }
}
