using Bindgen.Model.IR;
using Bindgen.Model.Plan;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Common;

/// <summary>
/// C-side decisions the CPython and HPy lowerings make identically, kept in one place so the two
/// emitters cannot drift apart on how a C local is named or initialised.
/// </summary>
public static class CApiLowering
{
    /// <summary>Exception classes every Python has, used as is rather than created by the module.</summary>
    public static readonly HashSet<string> BuiltinExceptions =
    [
        "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
        "FloatingPointError", "ImportError", "IndexError", "KeyError", "LookupError", "MemoryError", "NameError",
        "NotImplementedError", "OSError", "OverflowError", "RecursionError", "ReferenceError", "RuntimeError",
        "StopIteration", "SyntaxError", "SystemError", "TypeError", "UnicodeError", "ValueError", "ZeroDivisionError",
        "BlockingIOError", "BrokenPipeError", "ChildProcessError", "ConnectionError", "ConnectionAbortedError",
        "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError", "InterruptedError",
        "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
    ];

    /// <summary>
    /// A plan's failure test in C over the return value rv (a local or *pointer): integers compared as long long,
    /// which holds every signed C return exactly (the binder rejects `negative` on unsigned returns).
    /// </summary>
    public static string ErrorTest(ErrorCheckPlan ec, string rv) => ec.Test switch
    {
        FailureTest.NotSuccess => "!(" + string.Join(" || ", ec.Success.Select(v => $"(long long){rv} == {Ll(v)}")) + ")",
        FailureTest.Null => $"{rv} == NULL",
        FailureTest.MinusOne => $"(long long){rv} == -1LL",
        FailureTest.Negative => $"(long long){rv} < 0",
        _ => throw new InvalidOperationException(ec.Test.ToString()),
    };

    /// <summary>A long long literal (LLONG_MIN has none).</summary>
    public static string Ll(long v) => v == long.MinValue ? "LLONG_MIN" : v + "LL";

    /// <summary>The C local holding a parameter's value across the call.</summary>
    public static string Local(string cname) => "bg_c_" + cname;

    /// <summary>The initialiser of a C local of type t before anything is stored in it.</summary>
    public static string ZeroInit(BoundType t) => t switch
    {
        StructType => "{0}",
        StringType or HandleType or PointerType => "NULL",
        _ => "0",
    };

    /// <summary>The C value a missing optional argument has.</summary>
    public static string DefaultC(BoundParam p, string zero)
    {
        if (p.Default is not { } d) return zero;
        return d.Kind switch
        {
            ScalarKind.Null => p.Role is StringRole ? "NULL" : zero,
            ScalarKind.Bool => d.Text is "true" or "True" or "yes" ? "1" : "0",
            ScalarKind.String when p.Role is StringRole => CText.Literal(d.Text),
            _ => d.Text,
        };
    }
}
