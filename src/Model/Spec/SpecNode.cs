namespace Bindgen.Model.Spec;

/// <summary>
/// Base of every spec record: where the node starts, and where each of its keys' values start,
/// so the binder can point a diagnostic at the exact value that is wrong.
/// </summary>
public abstract record SpecNode
{
    public SourceLocation Location { get; init; } = SourceLocation.None;
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Location of KEY's value, or of the node itself when the key is absent.</summary>
    public SourceLocation At(string key) => KeyLocations.TryGetValue(key, out var l) ? l : Location;
}
