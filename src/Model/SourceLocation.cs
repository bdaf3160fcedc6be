namespace Bindgen.Model;

/// <summary>A position in a header or spec file; 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation None = new("", 0, 0);
    /// <summary>FILE:LINE:COL; just FILE when no line is known, never a misleading `:0:0`.</summary>
    public override string ToString() => Line == 0 ? File : $"{File}:{Line}:{Column}";
}
