using Bindgen.Model.IR;

namespace Bindgen.Emitters.CSharp;

public sealed record VariableModel(IReadOnlyList<string> Doc, string Type, string Name, string Expr);

/// <summary>
/// Globals as read-only static properties that read the C variable on each access, through its exported address:
/// scalars and enums by value, a char array as the text at that address, a char pointer as the text it points at.
/// </summary>
internal sealed class VariableLowering(CsContext cx)
{
    public VariableModel Lower(BoundVariable v)
    {
        var at = $"GlobalAddress(\"{v.CName}\")";
        var type = cx.PublicType(v.Type);
        var expr = v.Type switch
        {
            StringType when v.IsCharArray => $"Marshal.PtrToStringUTF8({at})",
            StringType => $"Marshal.PtrToStringUTF8(*(nint*){at})",
            BoolType => $"*(byte*){at} != 0",
            _ => $"*({type}*){at}",
        };
        return new VariableModel(CsSyntax.Doc(v.Doc ?? $"The C global `{v.CName}` (read-only; each read gives its current value)."),
            v.Type is StringType ? "string?" : type, v.CsName, expr);
    }
}
