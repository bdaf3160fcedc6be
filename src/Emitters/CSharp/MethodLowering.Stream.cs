using Bindgen.Model.IR;

namespace Bindgen.Emitters.CSharp;

internal sealed partial class MethodLowering
{
    /// <summary>
    /// A stream method (BoundFunction.Stream): `byte[] Name(ReadOnlySpan&lt;byte&gt; data, other params)`. The input is
    /// pinned for the whole call and written to the input fields; the output is a byte[] that doubles while C fills it,
    /// pinned around each C call; the four fields are cleared before returning (the span is released).
    /// </summary>
    MethodModel AssembleStream()
    {
        var s = f.Stream!;
        string name0() => $"{cx.HandleClass(owner!.CType)}.{f.CsName}";
        var data = CsSyntax.Identifier(s.InputCsName);
        _params.Add((-1, $"ReadOnlySpan<byte> {data}"));
        var self = f.Params.First(p => p.Role is HandleRole { IsSelf: true });
        var inLen = LengthType(s.InputLength);
        var outLen = LengthType(s.OutputLength);
        string Field(BoundStreamField fl, string type) => $"*({type}*)(__s + {fl.Offset})";
        var call = $"{cx.Native}.{CsSyntax.Verbatim(f.CName)}({string.Join(", ", _args)})";
        bool hasRet = f.Return.Kind != ReturnKind.Void;

        var body = new CodeWriter();
        body.Append(_pre.Lines);
        body.Line($"if (System.Threading.Interlocked.Exchange(ref __streamBusy, 1) != 0) throw new InvalidOperationException(\"{name0()}: the object is in use by another call\");");
        body.Open("try");
        body.Line($"byte* __s = (byte*){_leases[self.CName]}.Pointer;");
        if (s.InputLength.MaxValue is { } inMax && inLen is ("short" or "ushort" or "sbyte" or "byte"))
            body.Line($"if ((ulong){data}.Length > {inMax}UL) throw new OverflowException(\"{data} is longer than one call can take\");");
        body.Line($"byte[] __buf = new byte[{s.Chunk}];");
        body.Line("int __len = 0;");
        if (hasRet) body.Line($"{NativeReturnType} __ret;");
        body.Line("byte __empty = 0;");
        body.Open($"fixed (byte* __in = &MemoryMarshal.GetReference({data}))");
        body.Open("try");
        body.Line($"{Field(s.InputData, "void*")} = __in != null ? __in : &__empty;");
        body.Line($"{Field(s.InputLength, inLen)} = ({inLen}){data}.Length;");
        body.Open("while (true)");
        body.Line("if (__len == __buf.Length) Array.Resize(ref __buf, checked(__buf.Length * 2));");
        body.Line("int __room = __buf.Length - __len;");
        if (outLen is "short" or "ushort" or "sbyte" or "byte")
            body.Line($"if ((ulong)__room > {s.OutputLength.MaxValue}UL) __room = (int){s.OutputLength.MaxValue};");
        body.Open("fixed (byte* __o = __buf)");
        body.Line($"{Field(s.OutputData, "void*")} = __o + __len;");
        body.Line($"{Field(s.OutputLength, outLen)} = ({outLen})__room;");
        body.Line(hasRet ? $"__ret = {call};" : $"{call};");
        body.Line($"__len += __room - (int){Field(s.OutputLength, outLen)};");
        body.Close();
        if (Plan.ErrorCheck is { } check) ErrorCheck(body, check);
        body.Line($"if ({Field(s.OutputLength, outLen)} != 0) break;");
        body.Close();
        body.Close();
        body.Open("finally");
        body.Line($"{Field(s.InputData, "void*")} = null;");
        body.Line($"{Field(s.InputLength, inLen)} = 0;");
        body.Line($"{Field(s.OutputData, "void*")} = null;");
        body.Line($"{Field(s.OutputLength, outLen)} = 0;");
        body.Close();
        body.Close();
        body.Line($"return __buf.AsSpan(0, __len).ToArray();");
        body.Close();
        body.Open("finally");
        body.Line("System.Threading.Volatile.Write(ref __streamBusy, 0);");
        body.Close();

        var ps = _params.OrderBy(p => p.Order).Select(p => p.Text).ToList();
        var name = f.CsName;
        if (name == cx.HandleClass(owner!.CType)) name += "_";
        return new MethodModel
        {
            Doc = CsSyntax.Doc(f.Doc ?? $"Calls {f.CName} as a stream."),
            Signature = $"public byte[] {name}({string.Join(", ", ps)})",
            Body = body.Lines,
            Expression = null,
        };
    }

    /// <summary>The C# integer type of a length field (by size and signedness).</summary>
    static string LengthType(BoundStreamField fl) => (fl.Size, fl.Signed) switch
    {
        (1, true) => "sbyte", (1, false) => "byte",
        (2, true) => "short", (2, false) => "ushort",
        (4, true) => "int", (4, false) => "uint",
        (_, true) => "long", _ => "ulong",
    };
}
