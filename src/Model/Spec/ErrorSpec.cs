namespace Bindgen.Model.Spec;

public enum ErrorKind { ReturnCode, Null, Errno, Negative }

/// <summary>A named error convention (`errors.NAME`) or an inline one under `returns.error`.</summary>
public sealed record ErrorSpec : SpecNode
{
    public required string Name { get; init; }
    public ErrorKind Kind { get; init; } = ErrorKind.ReturnCode;
    /// <summary>Null when not given: [0] for return_code.</summary>
    public IReadOnlyList<long>? Success { get; init; }
    public string? Exception { get; init; }
    public string? Base { get; init; }
    public string? Message { get; init; }
    public MessageFromSpec? MessageFrom { get; init; }
}

public sealed record MessageFromSpec : SpecNode
{
    public required string Function { get; init; }
    public required string Arg { get; init; }
}
