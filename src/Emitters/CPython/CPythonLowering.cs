using Bindgen.Emitters.Common;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.CPython;

/// <summary>Lowers a BoundModule to the CPython view-model: C names, converters per C type, exception fields.</summary>
public sealed partial class CPythonLowering : CApiFunctionLowering<ModuleModel, FunctionModel, HandleModel>
{
    readonly bool _limited;

    public CPythonLowering(BoundModule module, bool limited) : base(module, "")
    {
        _limited = limited;
    }

    public static (int Major, int Minor) ParseVersion(string v)
    {
        var parts = v.Split('.');
        return (int.Parse(parts[0]), parts.Length > 1 ? int.Parse(parts[1]) : 0);
    }

    public ModuleModel Lower(GeneratorInfo info, string limitedApi)
    {
        var (maj, min) = ParseVersion(limitedApi);
        var m = LowerModule(info);
        m.Limited = _limited;
        m.LimitedHex = $"0x{maj:X2}{min:X2}0000";
        m.LimitedFastcall = (maj, min).CompareTo((3, 7)) >= 0 ? 1 : 0;
        m.Limited310 = (maj, min).CompareTo((3, 10)) >= 0 ? 1 : 0;
        m.LimitedPyBuffer = (maj, min).CompareTo((3, 11)) >= 0 ? 1 : 0;
        m.Constants = _m.Constants.Select(c => new ConstantModel(c.CName,
            c.Kind switch { ConstantKind.Int => 0, ConstantKind.Float => 1, _ => 2 }, CText.Literal(c.Value))).ToList();
        m.Variables = _m.Variables.Select(LowerVariable).ToList();
        m.StateFields = ClassObjectFields(m);
        return m;
    }
}
