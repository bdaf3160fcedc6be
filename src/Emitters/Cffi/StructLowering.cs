using Bindgen.Model.IR;

namespace Bindgen.Emitters.Cffi;

/// <summary>An exposed struct as a Python value class over its own cdata storage: one property per bound field.</summary>
public static class StructLowering
{
    public static StructModel Lower(CffiLowering ctx, BoundStruct s)
    {
        var fields = s.Fields.Select(f => Field(ctx, f)).ToList();
        var settable = s.Fields.Where(f => !f.Readonly).ToList();
        var init = new List<string>();
        foreach (var f in settable)
        {
            init.Add($"if {f.PyName} is not None:");
            init.Add($"    self.{f.PyName} = {f.PyName}");
        }
        return new StructModel
        {
            ClassName = s.ClassName,
            TypeLiteral = CffiNames.Str(s.CSpelling),
            PtrTypeLiteral = CffiNames.Str(s.CSpelling + " *"),
            Size = s.Size,
            Declared = CdefWriter.Declarable(ctx.Module, s),
            DocLiteral = s.Doc is { Length: > 0 } d ? CffiNames.Doc(d) : "",
            InitSignature = string.Join("", settable.Select(f => $", {f.PyName}=None")),
            InitLines = init,
            ReprFormat = CffiNames.Str(s.ClassName + "(" + string.Join(", ", s.Fields.Select(f => f.PyName + "=%r")) + ")"),
            ReprArgs = s.Fields.Count == 0 ? "()" : "(" + string.Join(", ", s.Fields.Select(f => "self." + f.PyName)) + ",)",
            OtherArgs = s.Fields.Count == 0 ? "()" : "(" + string.Join(", ", s.Fields.Select(f => "other." + f.PyName)) + ",)",
            Fields = fields,
        };
    }

    static FieldModel Field(CffiLowering ctx, BoundField f)
    {
        var c = f.CName;
        string get;
        var set = new List<string>();
        if (f.ArrayLength is { } n)
        {
            bool chars = f.Type is IntType { CSpelling: "char" };
            if (f.Type is StructType st)
            {
                get = $"[{ctx.StructClass(st.Struct)}._adopt(_ffi.addressof(self._c[0], {CffiNames.Str(c)}, _i), self) for _i in range({n})]";
            }
            else
            {
                get = chars ? $"_ffi.unpack({CffiNames.Attr("self._c", c)}, {n})" : ValueList(ctx, f.Type, CffiNames.Attr("self._c", c));
                if (!f.Readonly)
                    set.Add(CffiNames.SetAttr("self._c", c, $"_array_value(value, {n}, {(chars ? "True" : "False")}, {CffiNames.Str(f.PyName)})"));
            }
        }
        else
        {
            switch (f.Type)
            {
                case StructType st:
                    var cls = ctx.StructClass(st.Struct);
                    get = $"{cls}._adopt(_ffi.addressof(self._c[0], {CffiNames.Str(c)}), self)";
                    set.Add(CffiNames.SetAttr("self._c", c, $"_struct_value(value, {cls}, {CffiNames.Str(f.PyName)})"));
                    break;
                case EnumType e when ctx.EnumClass(e.Enum) is { } ecls:
                    get = $"_enum_value({ecls}, {CffiNames.Attr("self._c", c)})";
                    set.Add(CffiNames.SetAttr("self._c", c, $"_index(value)"));
                    break;
                case EnumType:
                    get = CffiNames.Attr("self._c", c);
                    set.Add(CffiNames.SetAttr("self._c", c, $"_index(value)"));
                    break;
                default:
                    get = CffiNames.Attr("self._c", c);
                    set.Add(CffiNames.SetAttr("self._c", c, $"value"));
                    break;
            }
            if (f.Readonly) set.Clear();
        }
        return new FieldModel
        {
            PyName = f.PyName,
            Get = get,
            Set = set,
            DocLiteral = f.Doc is { Length: > 0 } d ? CffiNames.Doc(d) : "",
        };
    }

    static string ValueList(CffiLowering ctx, BoundType t, string v) =>
        t is EnumType e && ctx.EnumClass(e.Enum) is { } cls ? $"[_enum_value({cls}, _x) for _x in {v}]" : $"list({v})";
}
