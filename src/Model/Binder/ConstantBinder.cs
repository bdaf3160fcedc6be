using System.Globalization;
using Bindgen.Model.C;
using Bindgen.Model.IR;

namespace Bindgen.Model.Binder;

/// <summary>Object-like macros as constants: chosen by `macros` globs, else by include/exclude; reserved names (_X) never.</summary>
public static class ConstantBinder
{
    public static IEnumerable<BoundConstant> Bind(BindContext ctx)
    {
        foreach (var m in ctx.Header.Macros)
        {
            if (m.Name.StartsWith('_')) continue;
            bool chosen = ctx.Spec.Macros.Count > 0 ? Globs.AnyMatches(ctx.Spec.Macros, m.Name) && !Globs.AnyMatches(ctx.Spec.Exclude, m.Name) : ctx.IsSelected(m.Name);
            if (!chosen) continue;
            if (Naming.PythonIdentifier(m.Name) != m.Name)
            {
                // Every target exports a constant under its C name; `async = 1` is not Python.
                ctx.Diagnostics.Warning(m.Location, $"macro '{m.Name}' skipped: its name is a Python keyword or special name");
                continue;
            }
            yield return m.Kind switch
            {
                CMacroKind.Integer => new BoundConstant(m.Name, ConstantKind.Int, m.Unsigned ? ((ulong)m.IntValue).ToString() : m.IntValue.ToString()) { Unsigned = m.Unsigned },
                CMacroKind.Float => new BoundConstant(m.Name, ConstantKind.Float, FloatText(m.FloatValue)),
                _ => new BoundConstant(m.Name, ConstantKind.String, m.StringValue ?? ""),
            };
        }
    }

    static string FloatText(double d)
    {
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') || s.Contains("Infinity") || s.Contains("NaN") ? s : s + ".0";
    }
}
