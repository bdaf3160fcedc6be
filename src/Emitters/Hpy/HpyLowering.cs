using Bindgen.Emitters.Common;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using static Bindgen.Emitters.Common.CApiLowering;

namespace Bindgen.Emitters.Hpy;

/// <summary>Lowers a BoundModule to the CPython view-model: C names, converters per C type, exception fields.</summary>
public sealed partial class HpyLowering : CApiFunctionLowering<FunctionModel, HandleModel>
{
    readonly bool _api09;
    /// <summary>Per handle: the scope-forever callback parameters ("method/param") in slot order.</summary>
    readonly Dictionary<string, List<string>> _keepSlots = new();

    public HpyLowering(BoundModule module, bool api09) : base(module, "bg_g_")
    {
        _api09 = api09;
    }

    public static (int Major, int Minor) ParseVersion(string v)
    {
        var parts = v.Split('.');
        return (int.Parse(parts[0]), parts.Length > 1 ? int.Parse(parts[1]) : 0);
    }

    public ModuleModel Lower(GeneratorInfo info, string version)
    {
        var exceptions = LowerExceptions();
        var enums = _m.Enums.Select(_values.LowerEnum).ToList();
        var structs = _m.Structs.Select(_values.LowerStruct).ToList();
        var handles = _m.Handles.Select(LowerHandle).ToList();
        var functions = _m.Functions.Select(f => LowerFunction(f, "module", null)).ToList();
        var callbacks = _m.Callbacks.Select(LowerCallback).ToList();
        return new ModuleModel
        {
            HeaderLine = CText.Comment(info.HeaderLine),
            Name = _m.Name,
            DocLiteral = "NULL",
            Api09 = _api09,
            Version = version,
            Headers = _m.Headers.ToList(),
            Exceptions = exceptions,
            Conversions = _values.Conversions,
            Callbacks = callbacks,
            Structs = structs,
            Handles = handles,
            Enums = enums,
            Constants = _m.Constants.Select(c => new ConstantModel(c.CName, c.Kind switch
            {
                ConstantKind.Int when c.Unsigned => $"HPyLong_FromUnsignedLongLong(ctx, (unsigned long long)({c.Value}))",
                ConstantKind.Int => $"HPyLong_FromLongLong(ctx, (long long)({c.Value}))",
                ConstantKind.Float => $"HPyFloat_FromDouble(ctx, (double)({c.Value}))",
                _ => $"HPyUnicode_FromString(ctx, {CText.Literal(c.Value)})",
            })).ToList(),
            Functions = functions,
            Variables = _m.Variables.Select(v => new ConstantModel(v.PyName, v.Type is StringType
                ? $"bg_from_cstr(ctx, (const char *){v.CName}, 0)" : $"bg_to_py_{Conv(v.Type)}(ctx, {v.CName})")).ToList(),
            StreamHelpers = StreamLowering.Helpers(_m),
            Globals = new[] { "bg_g_bytes", "bg_g_bytearray", "bg_g_slice_all", "bg_g_keep" }
                .Concat(exceptions.Select(e => "bg_g_" + e.Field)).Concat(structs.Select(s => s.TypeField)).Concat(handles.Select(h => h.TypeField))
                .Concat(enums.Where(e => e.Base != "").Select(e => e.Field)).ToList(),
        };
    }
}
