using Bindgen.Model;
using Bindgen.Model.Spec;
using Bindgen.Spec;

namespace Bindgen.Tests.Spec;

internal static class SpecTestHelper
{
    public const string File = "t.yaml";

    /// <summary>Loads YAML text as "t.yaml"; returns the model and the diagnostics as printed.</summary>
    public static (BindingSpec? Spec, string[] Diagnostics) Load(string yaml)
    {
        var bag = new DiagnosticBag();
        var spec = SpecLoader.LoadText(yaml, File, bag);
        return (spec, bag.Items.Select(d => d.ToString()).ToArray());
    }

    /// <summary>A valid spec with <paramref name="rest"/> appended (module and headers given).</summary>
    public static (BindingSpec? Spec, string[] Diagnostics) LoadWith(string rest) =>
        Load("module: m\nheaders: [m.h]\n" + rest);

    /// <summary>Asserts no diagnostics and returns the model.</summary>
    public static BindingSpec LoadValid(string yaml)
    {
        var (spec, diags) = Load(yaml);
        Assert.Equal([], diags);
        Assert.NotNull(spec);
        return spec;
    }

    /// <summary>Asserts exactly one diagnostic, equal to <paramref name="expected"/>.</summary>
    public static BindingSpec? SingleError(string yaml, string expected)
    {
        var (spec, diags) = Load(yaml);
        Assert.Equal([expected], diags);
        return spec;
    }
}
