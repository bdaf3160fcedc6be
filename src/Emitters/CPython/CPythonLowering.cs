using Bindgen.Emitters.Common;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using static Bindgen.Emitters.Common.CApiLowering;

namespace Bindgen.Emitters.CPython;

/// <summary>Lowers a BoundModule to the CPython view-model: C names, converters per C type, exception fields.</summary>
public sealed partial class CPythonLowering : CApiFunctionLowering<FunctionModel, HandleModel>
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
        var exceptions = LowerExceptions();
        var enums = _m.Enums.Select(_values.LowerEnum).ToList();
        var structs = _m.Structs.Select(_values.LowerStruct).ToList();
        var handles = _m.Handles.Select(LowerHandle).ToList();
        var functions = _m.Functions.Select(f => LowerFunction(f, "module", null)).ToList();
        var callbacks = _m.Callbacks.Select(LowerCallback).ToList();
        var variables = _m.Variables.Select(LowerVariable).ToList();
        return new ModuleModel
        {
            Variables = variables,
            HeaderLine = CText.Comment(info.HeaderLine),
            Name = _m.Name,
            DocLiteral = "NULL",
            Limited = _limited,
            LimitedHex = $"0x{maj:X2}{min:X2}0000",
            LimitedFastcall = (maj, min).CompareTo((3, 10)) >= 0 ? 1 : 0,
            LimitedPyBuffer = (maj, min).CompareTo((3, 11)) >= 0 ? 1 : 0,
            Headers = _m.Headers.ToList(),
            Exceptions = exceptions,
            Conversions = _values.Conversions,
            Callbacks = callbacks,
            Structs = structs,
            Handles = handles,
            Enums = enums,
            Constants = _m.Constants.Select(c => new ConstantModel(c.CName,
                c.Kind switch { ConstantKind.Int => 0, ConstantKind.Float => 1, _ => 2 }, CText.Literal(c.Value))).ToList(),
            Functions = functions,
            StreamHelpers = StreamLowering.Helpers(_m),
            StateFields = exceptions.Select(e => e.Field).Concat(structs.Select(s => s.TypeField)).Concat(handles.Select(h => h.TypeField))
                .Concat(enums.Where(e => e.Base != "").Select(e => e.Field)).ToList(),
        };
    }
}
