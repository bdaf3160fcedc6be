using Bindgen.Model.IR;

namespace Bindgen.Emitters.Cython;

/// <summary>Structs (cdef classes holding the C struct), handles (cdef classes holding the pointer) and callback trampolines.</summary>
public sealed class ClassLowering(CythonNames names, FunctionLowering functions)
{
    public PyStruct Struct(BoundStruct s)
    {
        var fields = s.Fields.Select(f => Field(s, f)).ToList();
        var init = new List<string>();
        foreach (var f in s.Fields.Where(f => !f.Readonly))
        {
            init.Add($"if {f.PyName} is not None:");
            init.Add($"    self.{f.PyName} = {f.PyName}");
        }
        var sig = string.Join(", ", new[] { "self" }.Concat(s.Fields.Where(f => !f.Readonly).Select(f => f.PyName + "=None")));
        var repr = string.Join(", ", s.Fields.Select(f => $"{f.PyName}={{self.{f.PyName}!r}}"));
        return new PyStruct(s.ClassName, CyTypes.Pyx(s.CSpelling), PyLiterals.Doc(s.Doc), sig, init, fields, $"f\"{s.ClassName}({repr})\"");
    }

    PyField Field(BoundStruct s, BoundField f)
    {
        var c = "self._v." + CyTypes.Ident(f.CName);
        var getter = new List<string>();
        List<string>? setter = null;
        if (f.ArrayLength is { } n)
        {
            getter.Add($"return [{functions.ToPy(f.Type, c + "[i]")} for i in range({n})]");
            if (!f.Readonly)
            {
                setter =
                [
                    $"if len(value) != {n}:",
                    $"    raise ValueError(\"{f.PyName} takes exactly {n} items, not \" + str(len(value)))",
                    $"for i in range({n}):",
                    $"    {Check(f, "value[i]")}",
                    $"for i in range({n}):",
                    $"    {c}[i] = {Convert(f, "value[i]")}",
                ];
            }
        }
        else
        {
            getter.Add($"return {functions.ToPy(f.Type, c)}");
            if (!f.Readonly) setter = [$"{c} = {Convert(f, "value")}"];
        }
        return new PyField(f.PyName, PyLiterals.Doc(f.Doc), getter, setter);
    }

    /// <summary>Python value → C value for a field (bitfields range-checked by their width).</summary>
    string Convert(BoundField f, string py)
    {
        if (f.BitWidth is { } w && f.Type is IntType it)
        {
            var (lo, hi) = it.Signed ? (-(System.Numerics.BigInteger.One << (w - 1)), (System.Numerics.BigInteger.One << (w - 1)) - 1)
                                     : (System.Numerics.BigInteger.Zero, (System.Numerics.BigInteger.One << w) - 1);
            return $"_bg_int({py}, {lo}, {hi}, \"{f.PyName}\")";
        }
        return f.Type switch
        {
            IntType i => $"_bg_int({py}, {i.MinValue}, {i.MaxValue}, \"{f.PyName}\")",
            EnumType e => $"<{CyTypes.Pyx(e.CSpelling)}><{(e.Signed ? "long long" : "unsigned long long")}>_bg_int({py}, {new IntType("", e.Size, e.Signed).MinValue}, {new IntType("", e.Size, e.Signed).MaxValue}, \"{f.PyName}\")",
            FloatType => $"_bg_float({py}, \"{f.PyName}\")",
            BoolType => $"_bg_bool({py}, \"{f.PyName}\")",
            StructType st => $"_bg_struct_{names.Struct(st.Struct)}({py}, \"{f.PyName}\")",
            _ => py,
        };
    }

    /// <summary>A statement that only validates (so an array is assigned all or nothing).</summary>
    string Check(BoundField f, string py) => f.Type is EnumType e
        ? $"_bg_int({py}, {new IntType("", e.Size, e.Signed).MinValue}, {new IntType("", e.Size, e.Signed).MaxValue}, \"{f.PyName}\")"
        : Convert(f, py);

    public PyHandle Handle(BoundHandle h)
    {
        var ctor = h.Constructor is null ? null : functions.Lower(h.Constructor, FunctionMode.Constructor);
        var methods = h.Methods.Select(m => functions.Lower(m, FunctionMode.Method)).ToList();
        var dtor = h.Destructor is null ? null : names.C(h.Destructor);
        return new PyHandle(h.ClassName, CyTypes.Pyx(h.PointerCSpelling), PyLiterals.Doc(h.Doc), dtor, ctor, methods) { Allocated = h.Allocate };
    }

    public PyCallback Callback(BoundCallback cb)
    {
        var fpParams = new List<string>();
        var ps = new List<string>();
        var args = new List<string>();
        for (int i = 0; i < cb.Params.Count; i++)
        {
            var t = CyTypes.Pyx(cb.Params[i].Type.CSpelling);
            fpParams.Add(t);
            ps.Add($"{t} a{i}");
            if (i != cb.UserDataIndex) args.Add(functions.ToPy(cb.Params[i].Type, $"a{i}"));
        }
        var ret = cb.Return is VoidType ? "void" : CyTypes.Pyx(cb.Return.CSpelling.StartsWith("const ") && !cb.Return.CSpelling.Contains('*') ? cb.Return.CSpelling[6..] : cb.Return.CSpelling);
        var dflt = cb.Return is VoidType ? "" : cb.Return is FloatType ? " 0.0" : cb.Return is EnumType ? $" <{ret}>0" : " 0";
        var body = new List<string>
        {
            $"cdef _bg_Callback cb = <_bg_Callback>a{cb.UserDataIndex}",
            "if cb.exc is not None:",
            "    return" + dflt,
            "try:",
        };
        var call = $"cb.fn({string.Join(", ", args)})";
        body.Add(cb.Return switch
        {
            VoidType => "    " + call,
            IntType it => $"    return _bg_int({call}, {it.MinValue}, {it.MaxValue}, \"callback result\")",
            EnumType e => $"    return <{ret}><{(e.Signed ? "long long" : "unsigned long long")}>_bg_int({call}, {new IntType("", e.Size, e.Signed).MinValue}, {new IntType("", e.Size, e.Signed).MaxValue}, \"callback result\")",
            FloatType => $"    return _bg_float({call}, \"callback result\")",
            BoolType => $"    return _bg_bool({call}, \"callback result\")",
            _ => "    " + call,
        });
        body.Add("except BaseException as e:");
        body.Add("    cb.exc = e  # re-raised by the call that passed the callback");
        body.Add("return" + dflt);
        return new PyCallback(cb.Name, ret, string.Join(", ", fpParams), string.Join(", ", ps), dflt, body);
    }
}
