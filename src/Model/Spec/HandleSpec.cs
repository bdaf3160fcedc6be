namespace Bindgen.Model.Spec;

/// <summary>`handles.TYPE`: an opaque pointer exposed as a class.</summary>
public sealed record HandleSpec : SpecNode
{
    public required string CType { get; init; }
    public string? Class { get; init; }
    public string? Constructor { get; init; }
    public string? Destructor { get; init; }
    public string? Methods { get; init; }
    public string? MethodPrefix { get; init; }
}
