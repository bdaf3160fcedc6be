using System.Text.Json.Serialization;
using Bindgen.Model.C;

namespace Bindgen.Model.Plan;

/// <summary>What makes the C return value a failure; every target renders exactly this test.</summary>
public enum FailureTest
{
    /// <summary>return_code: failed unless the return (read as a signed or unsigned integer, see ReturnSigned) is one of Success.</summary>
    NotSuccess,
    /// <summary>"null": the returned pointer is NULL.</summary>
    Null,
    /// <summary>errno: the return is -1 (then errno is the code).</summary>
    MinusOne,
    /// <summary>negative: the return is below zero; only planned for signed returns (the binder rejects unsigned ones).</summary>
    Negative,
}

/// <summary>Where the exception's message comes from.</summary>
public enum MessageSource
{
    /// <summary>No message function: the target's fallback text ("F failed with error code N", "F returned NULL").</summary>
    None,
    /// <summary>MessageFunction(code): `message:` of a convention that has a code.</summary>
    CodeFunction,
    /// <summary>MessageFunction(MessageArgParam's C value): `message_from:` (a handle's own error text).</summary>
    HandleFunction,
    /// <summary>strerror(errno).</summary>
    Errno,
}

/// <summary>Where the exception's `.code` comes from.</summary>
public enum CodeSource
{
    /// <summary>The C return value as C returned it.</summary>
    Return,
    /// <summary>errno, read right after the call.</summary>
    Errno,
    /// <summary>No code (None / 0): a NULL return.</summary>
    None,
}

/// <summary>
/// The error convention of one call, normalised: the failure test with its success set and the signedness of the
/// C return, and the message and code sources resolved to functions and parameters.
/// </summary>
public sealed record ErrorCheckPlan(string Error, string ExceptionClass, FailureTest Test)
{
    /// <summary>NotSuccess: the values that mean success (never empty: the binder rejects `success: []`).</summary>
    public IReadOnlyList<long> Success { get; init; } = [];
    /// <summary>The C return is a signed integer (false for unsigned integers and for pointers).</summary>
    public bool ReturnSigned { get; init; }
    /// <summary>The C return's spelling, for casts in the test.</summary>
    public required string ReturnCType { get; init; }
    public CodeSource Code { get; init; }
    public MessageSource Message { get; init; }
    /// <summary>CodeFunction / HandleFunction: the C function returning the message text.</summary>
    public string? MessageFunction { get; init; }
    /// <summary>HandleFunction: the C name of this call's parameter passed to MessageFunction.</summary>
    public string? MessageArgParam { get; init; }
    /// <summary>CodeFunction / HandleFunction: the C spelling of MessageFunction's one parameter.</summary>
    public string? MessageArgCType { get; init; }
    /// <summary>The same parameter type as a C model type, for targets that map it to their own (C#).</summary>
    [JsonIgnore] public CType? MessageArgType { get; init; }
}
