namespace Bindgen.Model;

/// <summary>A position in a header or spec file; 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation None = new("", 0, 0);
    public override string ToString() => $"{File}:{Line}:{Column}";
}
