using Bindgen.Model.Spec;

namespace Bindgen.Spec;

/// <summary>`errors.NAME` and inline `returns.error` conventions.</summary>
internal static class ErrorReader
{
    public const string InlineName = "<inline>";

    public static ErrorSpec Read(string name, NodeReader r)
    {
        var kind = r.Enum("kind") switch
        {
            "null" => ErrorKind.Null,
            "errno" => ErrorKind.Errno,
            "negative" => ErrorKind.Negative,
            _ => ErrorKind.ReturnCode,
        };
        if (r.Has("success") && r.Enum("kind") is { } k && kind != ErrorKind.ReturnCode)
            r.Error(r.KeyAt("success"), $"{SpecContext.Join(r.Path, "success")}: 'success' applies only to kind return_code, not {k}");
        if (r.Has("message") && r.Has("message_from"))
        {
            var second = Later(r, "message", "message_from");
            r.Error(r.KeyAt(second), $"{r.Path}: 'message' and 'message_from' are mutually exclusive");
        }
        return new ErrorSpec
        {
            Name = name,
            Location = r.Location,
            KeyLocations = r.KeyLocations,
            Kind = kind,
            Success = r.Ints("success"),
            Exception = r.String("exception"),
            Base = r.String("base"),
            Message = r.String("message"),
            MessageFrom = r.Node("message_from") is { } mf ? ReadMessageFrom(mf) : null,
        };
    }

    private static MessageFromSpec? ReadMessageFrom(NodeReader r) =>
        r.String("function") is { } f && r.String("arg") is { } a
            ? new MessageFromSpec { Function = f, Arg = a, Location = r.Location, KeyLocations = r.KeyLocations }
            : null;

    /// <summary>Of two keys both present, the one written later (where a conflict is reported).</summary>
    public static string Later(NodeReader r, string a, string b)
    {
        var la = r.KeyAt(a); var lb = r.KeyAt(b);
        return (la.Line, la.Column).CompareTo((lb.Line, lb.Column)) > 0 ? a : b;
    }
}
