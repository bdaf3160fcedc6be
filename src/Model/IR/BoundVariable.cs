namespace Bindgen.Model.IR;

/// <summary>
/// A global variable of the headers as a read-only module attribute (a static property keeping its C name in C#): every read gives
/// the C variable's current value; nothing writes it. Type is a scalar (int, float, bool, enum) or a string.
/// </summary>
public sealed record BoundVariable(string CName, string PyName, string CsName, BoundType Type)
{
    /// <summary>`const char name[]`: the variable's address is the text (a `const char *` variable holds a pointer to it).</summary>
    public bool IsCharArray { get; init; }
    public string? Doc { get; init; }
}
