namespace Bindgen.Model.Spec;

/// <summary>`handles.TYPE`: an opaque pointer exposed as a class.</summary>
public sealed record HandleSpec : SpecNode
{
    /// <summary>The entry's key: the C type, unless <see cref="Type"/> names it.</summary>
    public required string CType { get; init; }
    /// <summary>Extension `type:`: the C type; CType is then only the entry's name.</summary>
    public string? Type { get; init; }
    /// <summary>Extension `allocate: true`: each object owns zeroed storage of the (complete) struct.</summary>
    public bool Allocate { get; init; }
    /// <summary>The C type this handle wraps.</summary>
    public string TypeName => Type ?? CType;
    public string? Class { get; init; }
    public string? Constructor { get; init; }
    public string? Destructor { get; init; }
    public string? Methods { get; init; }
    public string? MethodPrefix { get; init; }
}
