using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>Named enums become IntEnum/IntFlag/int classes; anonymous enums' members become plain constants.</summary>
public static class EnumBinder
{
    public static void CheckSpecNames(BindContext ctx)
    {
        foreach (var (name, e) in ctx.Spec.Enums)
            if (Find(ctx, name) is null)
                ctx.Diagnostics.Error(e.Location, $"enum '{name}' is not declared in the headers{ctx.WhereLooked}{Suggest.Hint(name, ctx.Header.Enums.Select(x => x.Name).Concat(ctx.Header.Typedefs.Select(t => t.Name)))}");
    }

    static CEnum? Find(BindContext ctx, string name) =>
        ctx.Header.FindEnum(name) ?? (ctx.Header.FindTypedef(name)?.Target.Canonical is CEnumType et ? ctx.Header.FindEnum(et.Name) : null);

    public static IEnumerable<BoundEnum> Bind(BindContext ctx)
    {
        foreach (var e in ctx.Header.Enums)
        {
            if (e.IsAnonymous && !IsTypedefed(ctx, e)) continue;
            var typedef = ctx.Header.Typedefs.FirstOrDefault(t => t.Target.Canonical is CEnumType et && et.Name == e.Name)?.Name;
            var spec = ctx.Spec.Enums.GetValueOrDefault(e.Name) ?? (typedef is null ? null : ctx.Spec.Enums.GetValueOrDefault(typedef));
            if (spec is null && !ctx.IsSelected(e.Name) && !(typedef is not null && ctx.IsSelected(typedef))) continue;
            var under = e.Underlying.Canonical as CPrimitiveType;
            var style = spec?.Python switch { EnumStyle.IntFlag => BoundEnumStyle.IntFlag, EnumStyle.Int => BoundEnumStyle.Int, _ => BoundEnumStyle.IntEnum };
            var members = e.Constants.Select(c =>
            {
                var stripped = spec?.StripPrefix is { } pre && c.Name.StartsWith(pre) ? c.Name[pre.Length..] : c.Name;
                return new BoundEnumMember(c.Name, Naming.SafeMember(Naming.PythonIdentifier(stripped)), Naming.CSharpIdentifier(Naming.Pascal(stripped)), c.Value);
            }).ToList();
            yield return new BoundEnum(e.Name, spec?.Class ?? typedef ?? e.Name, style, (int)(under?.Size ?? 4), under?.IsSigned ?? true, members) { Doc = e.Doc };
        }
    }

    static bool IsTypedefed(BindContext ctx, CEnum e) => ctx.Header.Typedefs.Any(t => t.Target.Canonical is CEnumType et && et.Name == e.Name);

    /// <summary>Members of anonymous, untypedef'd enums (`enum { A = 1 };`), as int constants.</summary>
    public static IEnumerable<BoundConstant> AnonymousConstants(BindContext ctx) =>
        ctx.Header.Enums.Where(e => e.IsAnonymous && !IsTypedefed(ctx, e))
            .SelectMany(e => e.Constants)
            .Where(c => ctx.IsSelected(c.Name))
            .Select(c => new BoundConstant(c.Name, ConstantKind.Int, c.Value.ToString()));
}
