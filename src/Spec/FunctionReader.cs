using Bindgen.Model;
using Bindgen.Model.Spec;

namespace Bindgen.Spec;

/// <summary>`functions.NAME` with its `params` and `returns`, and the checks that need only the spec.</summary>
internal static class FunctionReader
{
    public static FunctionSpec Read(string name, NodeReader r)
    {
        var ps = new Dictionary<string, ParamSpec>();
        foreach (var (param, pr) in r.Entries("params")) ps[param] = ReadParam(param, pr);
        return new FunctionSpec
        {
            CName = name,
            Location = r.Location,
            KeyLocations = r.KeyLocations,
            Name = r.String("name"),
            Skip = r.Bool("skip") ?? false,
            Gil = r.Enum("gil"),
            Doc = r.String("doc"),
            Params = ps,
            Returns = r.Node("returns") is { } rr ? ReadReturns(rr) : null,
            Stream = r.Node("stream") is { } sr ? ReadStream(sr) : null,
        };
    }

    private static StreamSpec? ReadStream(NodeReader r)
    {
        var input = r.Node("input");
        var output = r.Node("output");
        if (input is null || output is null) return null;
        string? inData = input.String("data"), inLen = input.String("length"), outData = output.String("data"), outLen = output.String("length");
        if (inData is null || inLen is null || outData is null || outLen is null) return null;
        var chunk = r.Int("chunk");
        if (chunk is <= 0) r.Error(r.KeyAt("chunk"), $"{r.Path}: 'chunk' must be a positive number of bytes");
        return new StreamSpec
        {
            Location = r.Location,
            KeyLocations = r.KeyLocations,
            InputData = inData,
            InputLength = inLen,
            OutputData = outData,
            OutputLength = outLen,
            Chunk = chunk is > 0 ? chunk : null,
            FieldLocations = new Dictionary<string, SourceLocation>
            {
                ["input.data"] = input.ValueAt("data"), ["input.length"] = input.ValueAt("length"),
                ["output.data"] = output.ValueAt("data"), ["output.length"] = output.ValueAt("length"),
            },
        };
    }

    private static ParamSpec ReadParam(string name, NodeReader r)
    {
        var buffer = r.Enum("buffer") switch
        {
            "in" => BufferDirection.In,
            "out" => BufferDirection.Out,
            "inout" => BufferDirection.Inout,
            _ => (BufferDirection?)null,
        };
        CheckParam(r, buffer);
        var cb = r.Node("callback");
        return new ParamSpec
        {
            CName = name,
            Location = r.Location,
            KeyLocations = r.KeyLocations,
            Buffer = buffer,
            Length = r.String("length"),
            LengthUnit = r.Enum("length_unit") switch { "bytes" => LengthUnit.Bytes, "items" => LengthUnit.Items, _ => null },
            Alloc = r.String("alloc"),
            Produced = r.String("produced"),
            Out = r.Bool("out") ?? false,
            Inout = r.Bool("inout") ?? false,
            String = Encoding(r.Enum("string")),
            StringArray = Encoding(r.Enum("string_array")),
            Nullable = r.Bool("nullable") ?? false,
            Transfer = r.Enum("transfer"),
            Default = r.Scalar("default"),
            Fixed = r.Scalar("fixed"),
            Callback = cb == null ? null : new CallbackSpec
            {
                Location = cb.Location,
                KeyLocations = cb.KeyLocations,
                UserData = cb.String("user_data"),
                Scope = cb.Enum("scope") == "forever" ? CallbackScope.Forever : CallbackScope.Call,
            },
            Ownership = Ownership(r),
            Free = r.String("free"),
            Handle = r.String("handle"),
        };
    }

    private static void CheckParam(NodeReader r, BufferDirection? buffer)
    {
        var path = r.Path;
        // Needs 'buffer: out|inout': reported only when buffer is absent or validly 'in'.
        foreach (var key in new[] { "alloc", "produced" })
            if (r.Has(key) && (buffer == BufferDirection.In || !r.Has("buffer")))
                r.Error(r.KeyAt(key), $"{path}: '{key}' needs 'buffer: out' or 'buffer: inout'");
        if (r.Has("length_unit") && !r.Has("length"))
            r.Error(r.KeyAt("length_unit"), $"{path}: 'length_unit' needs 'length'");

        // Contradictions: a flag set to false does not contradict anything.
        bool On(string key) => key switch
        {
            "out" or "inout" => r.Bool(key) == true,
            _ => r.Has(key),
        };
        foreach (var (a, b) in Contradictions)
            if (On(a) && On(b))
                r.Error(r.KeyAt(ErrorReader.Later(r, a, b)), $"{path}: '{a}' and '{b}' contradict each other");
    }

    private static readonly (string, string)[] Contradictions =
    [
        ("out", "inout"),
        ("buffer", "out"),
        ("buffer", "inout"),
        ("string", "buffer"),
        ("default", "fixed"),
        ("string_array", "string"),
        ("string_array", "buffer"),
        ("string_array", "out"),
    ];

    private static ReturnSpec ReadReturns(NodeReader r)
    {
        var (errorName, inline) = r.NameOrNode("error");
        return new ReturnSpec
        {
            Location = r.Location,
            KeyLocations = r.KeyLocations,
            Error = errorName,
            InlineError = inline == null ? null : ErrorReader.Read(ErrorReader.InlineName, inline),
            String = Encoding(r.Enum("string")),
            Ownership = Ownership(r),
            Free = r.String("free"),
            Handle = r.String("handle"),
            Keep = r.Bool("keep") ?? false,
        };
    }

    private static StringEncoding? Encoding(string? s) => s switch
    {
        "utf8" => StringEncoding.Utf8,
        "bytes" => StringEncoding.Bytes,
        _ => null,
    };

    /// <summary>`free` implies `ownership: owned`; `ownership: borrowed` with `free` is a contradiction.</summary>
    private static string? Ownership(NodeReader r)
    {
        var ownership = r.Enum("ownership");
        if (r.Has("free") && ownership == "borrowed")
            r.Error(r.KeyAt(ErrorReader.Later(r, "ownership", "free")),
                $"{r.Path}: 'free' releases an owned value; it contradicts 'ownership: borrowed'");
        return ownership ?? (r.String("free") != null ? "owned" : null);
    }
}
