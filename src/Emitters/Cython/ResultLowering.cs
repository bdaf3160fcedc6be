using Bindgen.Model.IR;
using Bindgen.Model.Plan;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Cython;

/// <summary>After the call: the error check (releasing what C produced before failing) and the Python results.</summary>
public sealed partial class FunctionLowering
{
    /// <summary>A C value of type t as a Python object expression.</summary>
    public string ToPy(BoundType t, string c) => t switch
    {
        EnumType e when names.EnumClass(e.Enum) is { } cls => $"_bg_enum({cls}, {c})",
        EnumType => $"<long long>{c}",
        StructType s => $"_bg_new_{names.Struct(s.Struct)}({c})",
        BoolType => $"bool({c})",
        StringType st => st.Encoding == StringEncoding.Utf8 ? $"_bg_str(<const char *>{c})" : $"_bg_cbytes(<const char *>{c})",
        PointerType => $"<size_t>{c}",
        _ => c,
    };

    /// <summary>The plan's error check: Cython compares _ret in its C type, so every test is exact.</summary>
    void ErrorCheck(BoundFunction f, ErrorCheckPlan err, Code body)
    {
        var cond = err.Test switch
        {
            FailureTest.NotSuccess => string.Join(" and ", err.Success.Select(s => $"_ret != {s}")),
            FailureTest.Null => "_ret == NULL",
            FailureTest.MinusOne => "_ret == -1",
            _ => "_ret < 0",
        };
        body.Add($"if {cond}:");
        body.Indent();
        // Outputs C produced before failing are still ours: release them (a constructor's handle included).
        foreach (var p in f.Params)
        {
            if (p.Role is OutRole { Type: HandleType ht } && module.Handle(ht.Handle).Destructor is { } dtor)
            {
                body.Add($"if c_{p.CName} != NULL:");
                body.Add($"    {names.C(dtor)}(c_{p.CName})");
            }
            else if (p.Role is OutRole { Type: StringType, Ownership: Ownership.Owned } os)
            {
                body.Add($"if c_{p.CName} != NULL:");
                body.Add($"    {FreeCall(os.Free, "c_" + p.CName)}");
            }
        }
        var cls = err.ExceptionClass;
        var code = err.Code == CodeSource.None ? "None" : "_ret";
        if (err.Code == CodeSource.Errno)
            body.Add($"_bg_raise_errno({cls}, _errno)");
        else
        {
            var msg = err.Message switch
            {
                MessageSource.CodeFunction => $"_bg_msg({names.C(err.MessageFunction!)}(_ret))",
                MessageSource.HandleFunction => $"_bg_msg({names.C(err.MessageFunction!)}(c_{err.MessageArgParam}))",
                _ => "None",
            };
            body.Add($"_bg_raise({cls}, {code}, {msg}, \"{f.CName}\")");
        }
        body.Dedent();
    }

    string FreeCall(string? free, string c)
    {
        if (free is null || free == "free") return $"_bg_free(<void *>{c})";
        var ff = module.Header.FindFunction(free);
        var ptype = ff is { Params.Count: > 0 } ? CyTypes.Pyx(ff.Params[0].Type.Spelling) : "void *";
        return $"{names.C(free)}(<{ptype}>{c})";
    }

    void Results(BoundFunction f, FunctionMode mode, Code body, Code decls)
    {
        var values = new List<string>();
        int i = 0;
        foreach (var r in f.Results)
        {
            var v = $"_py{i++}";
            switch (r.Source)
            {
                case ResultSource.Return:
                    ReturnValue(f, mode, v, body);
                    break;
                case ResultSource.Out:
                    var op = f.Param(r.Param!);
                    var o = (OutRole)op.Role;
                    var c = "c_" + op.CName;
                    if (o.Type is HandleType ht)
                    {
                        if (mode == FunctionMode.Constructor) { body.Add($"self._ptr = {c}"); body.Add($"{v} = None"); }
                        else body.Add($"{v} = _bg_wrap_{names.Handle(ht.Handle)}({c}, True)");
                    }
                    else if (o.Type is StringType && o.Ownership == Ownership.Owned)
                    {
                        body.Add("try:");
                        body.Add($"    {v} = {ToPy(o.Type, c)}");
                        body.Add("finally:");
                        body.Add($"    if {c} != NULL:");
                        body.Add($"        {FreeCall(o.Free, c)}");
                    }
                    else body.Add($"{v} = {ToPy(o.Type, c)}");
                    break;
                case ResultSource.Inout:
                    var ip = f.Param(r.Param!);
                    body.Add($"{v} = {ToPy(((InoutRole)ip.Role).Type, "c_" + ip.CName)}");
                    break;
                case ResultSource.AllocBuffer:
                    var ap = f.Param(r.Param!);
                    var ab = (BufferRole)ap.Role;
                    var produced = ProducedBytes(ab, CallPlanner.For(module, f).Buffer(ap.CName));
                    if (produced is null) body.Add($"{v} = _r_{ap.CName}");
                    else body.Add($"{v} = _bg_trim(_r_{ap.CName}, {produced})");
                    break;
                case ResultSource.StreamOutput:
                    body.Add($"{v} = PyBytes_FromStringAndSize(<char *>_so, <Py_ssize_t>_so_len)");
                    break;
                case ResultSource.ProducedLength:
                    var pp = f.Param(r.Param!);
                    var pb = (BufferRole)pp.Role;
                    body.Add($"{v} = c_{(pb.ProducedParam ?? pb.LengthParam)}");
                    break;
            }
            values.Add(v);
        }
        if (mode == FunctionMode.Constructor)
        {
            if (f.Params.FirstOrDefault(p => p.Role is StorageRole) is { } sp)
            {
                body.Add($"self._ptr = c_{sp.CName}");
                body.Add($"c_{sp.CName} = NULL");
            }
            if (f.Return.Kind == ReturnKind.Handle && !f.Results.Any(x => x.Source == ResultSource.Return))
                body.Add("self._ptr = _ret");
            body.Add("if self._ptr == NULL:");
            body.Add($"    raise MemoryError(\"{f.CName} returned no object\")");
            return;
        }
        if (values.Count == 0) body.Add("return None");
        else if (values.Count == 1) body.Add($"return {values[0]}");
        else body.Add($"return ({string.Join(", ", values)})");
    }

    /// <summary>How much C wrote into an alloc buffer, in bytes (the plan's UnitBytes per unit of its count).</summary>
    static string? ProducedBytes(BufferRole b, BufferLengthPlan u)
    {
        string? produced = b.ProducedParam is { } pp ? "c_" + pp : b.LengthIsPointer && b.LengthParam is { } lp ? "c_" + lp : null;
        if (produced is null) return null;
        return u.Scaled ? $"<Py_ssize_t>{produced} * {u.UnitBytes}" : $"<Py_ssize_t>{produced}";
    }

    void ReturnValue(BoundFunction f, FunctionMode mode, string v, Code body)
    {
        var ret = f.Return;
        switch (ret.Kind)
        {
            case ReturnKind.Handle:
                var hcls = names.Handle(((HandleType)ret.Type).Handle);
                if (mode == FunctionMode.Constructor) { body.Add("self._ptr = _ret"); body.Add($"{v} = None"); }
                else body.Add($"{v} = _bg_wrap_{hcls}(_ret, {(ret.Ownership == Ownership.Owned ? "True" : "False")})");
                break;
            case ReturnKind.String:
                var conv = ret.Type is StringType { Encoding: StringEncoding.Bytes } ? "_bg_cbytes" : "_bg_str";
                if (ret.Ownership == Ownership.Owned)
                {
                    body.Add("try:");
                    body.Add($"    {v} = {conv}(<const char *>_ret)");
                    body.Add("finally:");
                    body.Add("    if _ret != NULL:");
                    body.Add($"        {FreeCall(ret.Free, "_ret")}");
                }
                else body.Add($"{v} = {conv}(<const char *>_ret)");
                break;
            case ReturnKind.Pointer:
                body.Add($"{v} = <size_t>_ret");
                break;
            default:
                body.Add($"{v} = {ToPy(ret.Type, "_ret")}");
                break;
        }
    }
}
