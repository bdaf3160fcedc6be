using Bindgen.Model.IR;

namespace Bindgen.Emitters.CPython;

public sealed partial class CPythonLowering
{
    /// <summary>A global as a converter call on its current value (a char array decays to its text's address).</summary>
    VariableModel LowerVariable(BoundVariable v) => new(v.PyName, v.Type is StringType
        ? $"bg_from_cstr((const char *){v.CName}, 0)"
        : $"bg_to_py_{Conv(v.Type)}(bg_st, {v.CName})");
}
