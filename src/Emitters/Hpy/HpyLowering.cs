using Bindgen.Emitters.Common;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.Hpy;

/// <summary>Lowers a BoundModule to the CPython view-model: C names, converters per C type, exception fields.</summary>
public sealed partial class HpyLowering : CApiFunctionLowering<ModuleModel, FunctionModel, HandleModel>
{
    readonly bool _api09;
    /// <summary>Per handle: the scope-forever callback parameters ("method/param") in slot order.</summary>
    readonly Dictionary<string, List<string>> _keepSlots = new();

    public HpyLowering(BoundModule module, bool api09) : base(module, "bg_g_")
    {
        _api09 = api09;
    }

    public ModuleModel Lower(GeneratorInfo info, string version)
    {
        var m = LowerModule(info);
        m.Api09 = _api09;
        m.Version = version;
        m.Constants = _m.Constants.Select(c => new ConstantModel(c.CName, c.Kind switch
        {
            // A decimal literal above LLONG_MAX needs its ULL suffix (gcc: "integer constant is so large that it is unsigned").
            ConstantKind.Int when c.Unsigned => $"HPyLong_FromUnsignedLongLong(ctx, (unsigned long long)({c.Value}{(ulong.TryParse(c.Value, out var u) && u > long.MaxValue ? "ULL" : "")}))",
            ConstantKind.Int => $"HPyLong_FromLongLong(ctx, (long long)({c.Value}))",
            ConstantKind.Float => $"HPyFloat_FromDouble(ctx, (double)({c.Value}))",
            _ => $"HPyUnicode_FromString(ctx, {CText.Literal(c.Value)})",
        })).ToList();
        m.Variables = _m.Variables.Select(v => new ConstantModel(v.PyName, v.Type is StringType
            ? $"bg_from_cstr(ctx, (const char *){v.CName}, 0)" : $"bg_to_py_{Conv(v.Type)}(ctx, {v.CName})")).ToList();
        m.Globals = new[] { "bg_g_bytes", "bg_g_bytearray", "bg_g_slice_all", "bg_g_keep" }.Concat(ClassObjectFields(m)).ToList();
        return m;
    }
}
