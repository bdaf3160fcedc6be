// The C# side of the differential test (tests/differential/csharp/run.py starts it):
//   CsOutcomes gen CASES.json OUT.cs      write the applicable cases as C# calls (reflection over the bindings)
//   CsOutcomes run CASES.json START       run them from case START on: {"start": i}, then {"index": i, "outcome": ...}
// Outcomes are normalised as tests/differential/run_outcomes.py does on Python, .NET exceptions named by the
// Python exception the same refusal raises there (ArgumentNullException <-> TypeError, ...: PythonName).
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CsOutcomes;

public sealed class MatrixBoom() : Exception("raised by the callback");

/// <summary>What a case body uses: the callback exception and call count, the bytearray-like buffers, helpers.</summary>
public sealed class Ctx
{
    public readonly MatrixBoom Boom = new();
    public int Calls;
    public readonly List<byte[]> Buffers = [];

    public byte[] Mutable(byte[] b) { Buffers.Add(b); return b; }
    public T Disposed<T>(T handle) where T : IDisposable { handle.Dispose(); return handle; }
    public static byte[] Hex(string hex) => Convert.FromHexString(hex);
    public static byte[] Pattern(int n) { var b = new byte[n]; for (int i = 0; i < n; i++) b[i] = (byte)(i % 251); return b; }
}

static partial class Cases
{
    static partial void Fill(Dictionary<string, Func<Ctx, object?>> all);

    public static Dictionary<string, Func<Ctx, object?>> All()
    {
        var all = new Dictionary<string, Func<Ctx, object?>>();
        Fill(all);
        return all;
    }
}

static class Program
{
    static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "gen") return Gen.Run(args[1], args[2], Assembly.GetExecutingAssembly());
        if (args.Length == 3 && args[0] == "run") return Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        Console.Error.WriteLine("usage: CsOutcomes gen CASES.json OUT.cs | run CASES.json START");
        return 2;
    }

    static int Run(string docPath, int start)
    {
        var all = Cases.All();
        using var doc = JsonDocument.Parse(File.ReadAllText(docPath));
        var cases = doc.RootElement.GetProperty("cases").EnumerateArray().ToList();
        for (int i = start; i < cases.Count; i++)
        {
            string id = cases[i].GetProperty("id").GetString()!;
            if (!all.TryGetValue(id, out var body)) continue;  // not applicable in C#
            Console.WriteLine(new JsonObject { ["start"] = i }.ToJsonString());
            Console.Out.Flush();
            var ctx = new Ctx();
            JsonArray outcome;
            try
            {
                object? value = body(ctx);
                outcome = ["ok", Norm(value), new JsonArray(ctx.Buffers.Select(b => Blob(b)).ToArray())];
            }
            catch (Exception e)
            {
                outcome = Raised(e);
            }
            if (cases[i].GetProperty("expect").TryGetProperty("callback_raises", out _))
                outcome.Add(new JsonObject { ["callback_calls"] = ctx.Calls });
            Console.WriteLine(new JsonObject { ["index"] = i, ["outcome"] = outcome }.ToJsonString());
            Console.Out.Flush();
        }
        Console.WriteLine("{\"done\": true}");
        return 0;
    }

    /// <summary>The Python exception class the same refusal raises on the Python targets.</summary>
    static string PythonName(Exception e) => e switch
    {
        ArgumentNullException => "TypeError",              // None where a value is required
        ObjectDisposedException => "ValueError",           // a closed handle
        EncoderFallbackException => "UnicodeEncodeError",  // a lone surrogate in a UTF-8 string
        ArgumentException => "ValueError",                 // an embedded NUL, a size that does not fit
        OverflowException => "OverflowError",
        OutOfMemoryException => "MemoryError",
        _ => e.GetType().Name,                             // the spec's exception classes and MatrixBoom: same names
    };

    static JsonArray Raised(Exception e)
    {
        var code = e.GetType().GetProperty("Code");
        bool own = code is not null && e.GetType().Assembly == typeof(Program).Assembly;
        return ["raise", PythonName(e), own ? Norm(code!.GetValue(e)) : null, own ? e.Message : null];
    }

    static JsonNode? Norm(object? v, int depth = 0)
    {
        switch (v)
        {
            case null: return null;
            case bool b: return b;
            case string s: return new JsonArray("str", s);
            case byte[] bytes: return Blob(bytes);
            case float f: return new JsonArray("float", ((double)f).ToString("R", CultureInfo.InvariantCulture));
            case double d: return new JsonArray("float", d.ToString("R", CultureInfo.InvariantCulture));
            case Enum en: return new JsonArray("int", JsonValue.Create(Convert.ToInt64(en, CultureInfo.InvariantCulture)));
            case ulong u: return new JsonArray("int", u);
            case nuint nu: return new JsonArray("int", (ulong)nu);
            case sbyte or byte or short or ushort or int or uint or long or nint:
                return new JsonArray("int", Convert.ToInt64(v, CultureInfo.InvariantCulture));
            case SafeHandle h: return new JsonArray("handle", h.GetType().Name);
            case object[] items: return new JsonArray(items.Select(x => Norm(x, depth + 1)).ToArray());
        }
        var t = v.GetType();
        if (t.GetCustomAttribute<System.Runtime.CompilerServices.InlineArrayAttribute>() is { } inline)
        {
            // a fixed-size C array member: its elements, as Python's tuple of them
            var e = t.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance).Single().FieldType;
            var pin = GCHandle.Alloc(v, GCHandleType.Pinned);
            try
            {
                int size = Marshal.SizeOf(e);
                return new JsonArray(Enumerable.Range(0, inline.Length)
                    .Select(i => Norm(Marshal.PtrToStructure(pin.AddrOfPinnedObject() + i * size, e), depth + 1)).ToArray());
            }
            finally { pin.Free(); }
        }
        if (t.IsValueType && depth < 4)
        {
            // fields and properties (bit-fields are properties), by the C member names both sides use
            var fields = new JsonObject();
            foreach (var f in t.GetFields(BindingFlags.Public | BindingFlags.Instance))
                fields[f.Name] = Norm(f.GetValue(v), depth + 1);
            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                fields[p.Name] = Norm(p.GetValue(v), depth + 1);
            return new JsonArray("struct", t.Name, new JsonObject(fields.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone()))));
        }
        return new JsonArray("object", t.Name);
    }

    static JsonArray Blob(byte[] data) => data.Length <= 64
        ? new JsonArray("bytes", Convert.ToHexString(data).ToLowerInvariant())
        : new JsonArray("bytes", data.Length, Convert.ToHexString(SHA1.HashData(data)).ToLowerInvariant());
}
