using Bindgen.Model.Spec;

namespace Bindgen.Spec;

/// <summary>`targets`: absent → all six with defaults; present → only those listed (`classic:` or `classic: {}` enables one).</summary>
internal static class TargetsReader
{
    public static TargetsSpec Read(NodeReader? r)
    {
        if (r == null) return new TargetsSpec();
        var t = new TargetsSpec
        {
            Listed = true,
            Location = r.Location,
            KeyLocations = r.KeyLocations,
            Classic = r.Node("classic") is { } c ? new ClassicTargetSpec { Location = c.Location, KeyLocations = c.KeyLocations } : null,
            Abi3 = r.Node("abi3") is { } a ? new Abi3TargetSpec
            {
                Location = a.Location, KeyLocations = a.KeyLocations,
                LimitedApi = a.String("limited_api") ?? "3.8",
            } : null,
            Hpy = r.Node("hpy") is { } h ? new HpyTargetSpec
            {
                Location = h.Location, KeyLocations = h.KeyLocations,
                Abi = h.Enum("abi") ?? "universal",
                Version = h.Enum("version") ?? "0.0.4",
            } : null,
            Cffi = r.Node("cffi") is { } f ? new CffiTargetSpec
            {
                Location = f.Location, KeyLocations = f.KeyLocations,
                Mode = f.Enum("mode") ?? "api",
            } : null,
            Cython = r.Node("cython") is { } y ? new CythonTargetSpec { Location = y.Location, KeyLocations = y.KeyLocations } : null,
            CSharp = r.Node("csharp") is { } s ? new CSharpTargetSpec
            {
                Location = s.Location, KeyLocations = s.KeyLocations,
                Namespace = s.String("namespace"),
                Class = s.String("class"),
                Visibility = s.Enum("visibility"),
                Project = s.Bool("project"),
            } : null,
        };
        if (!TargetsSpec.AllNames.Any(r.Has))
            r.Error(r.Location, "targets: no target is listed; list at least one (or remove 'targets' to generate all six)");
        return t;
    }
}
