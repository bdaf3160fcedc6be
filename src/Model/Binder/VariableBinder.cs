using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>
/// Global variables (`extern const char sqlite3_version[]`, `extern int counter`) selected by include/exclude
/// become read-only attributes: scalars and enums by value, char arrays and char pointers as UTF-8 strings.
/// Anything else is skipped with a warning that says why.
/// </summary>
public static class VariableBinder
{
    public static IEnumerable<BoundVariable> Bind(BindContext ctx, ISet<string> takenNames)
    {
        foreach (var v in ctx.Header.Variables)
        {
            if (!ctx.IsSelected(v.Name)) continue;
            if (takenNames.Contains(v.Name))
            {
                ctx.Diagnostics.Warning(v.Location, $"variable '{v.Name}' skipped: the module already has a function or class of that name");
                continue;
            }
            if (ctx.NotExported(v.Name) is { } notExported)
            {
                ctx.Diagnostics.Warning(v.Location, $"variable '{v.Name}' skipped: {notExported}");
                continue;
            }
            var (type, isArray, why) = TypeOf(ctx, v.Type);
            if (type is null)
            {
                ctx.Diagnostics.Warning(v.Location, $"variable '{v.Name}' skipped: {why}");
                continue;
            }
            yield return new BoundVariable(v.Name, Naming.SafeMember(Naming.PythonIdentifier(v.Name)), Naming.CSharpIdentifier(v.Name), type)
            {
                IsCharArray = isArray,
                Doc = v.Doc,
            };
        }
    }

    static (BoundType? Type, bool IsArray, string? Why) TypeOf(BindContext ctx, CType t)
    {
        var c = t.Canonical;
        if (c is CArrayType a && TypeFacts.IsCharLike(a.Element))
            return (new StringType("const char *", StringEncoding.Utf8), true, null);
        if (c is CPointerType p && TypeFacts.IsCharLike(p.Pointee))
            return (new StringType("const char *", StringEncoding.Utf8), false, null);
        return ctx.Types.Scalar(t) switch
        {
            StructType => (null, false, $"a struct global ('{t.Spelling}') is not bound; read it through a function"),
            { } scalar => (scalar, false, null),
            null => (null, false, $"type '{t.Spelling}' has no binding as a module attribute (scalars, enums and strings do)"),
        };
    }
}
