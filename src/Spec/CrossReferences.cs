using Bindgen.Model;
using Bindgen.Model.Spec;

namespace Bindgen.Spec;

/// <summary>References between parts of the spec that need no header: error conventions and handle types named by functions.</summary>
internal static class CrossReferences
{
    public static void Check(BindingSpec spec, SpecContext ctx)
    {
        foreach (var (fname, f) in spec.Functions)
        {
            var path = $"functions.{fname}";
            if (f.Returns is { } r)
            {
                if (r.Error is { } e && !spec.Errors.ContainsKey(e))
                    ctx.Error(r.At("error"), $"{path}.returns.error: no error convention '{e}' in 'errors'" +
                        (spec.Errors.Count == 0 ? "" : Suggest.Hint(e, spec.Errors.Keys)));
                if (r.Handle is { } h) CheckHandle(spec, ctx, h, r.At("handle"), $"{path}.returns.handle");
            }
            foreach (var (pname, p) in f.Params)
                if (p.Handle is { } h) CheckHandle(spec, ctx, h, p.At("handle"), $"{path}.params.{pname}.handle");
        }
    }

    private static void CheckHandle(BindingSpec spec, SpecContext ctx, string type, Bindgen.Model.SourceLocation at, string path)
    {
        if (!spec.Handles.ContainsKey(type))
            ctx.Error(at, $"{path}: no handle type '{type}' in 'handles'" + Suggest.Hint(type, spec.Handles.Keys));
    }
}
