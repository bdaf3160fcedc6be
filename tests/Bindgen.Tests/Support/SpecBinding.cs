using Bindgen.Model;
using Bindgen.Model.IR;
using Bindgen.Parser;
using Bindgen.Spec;

namespace Bindgen.Tests.Support;

/// <summary>spec → header → bound IR, as `bindgen gen` does before any emitter runs; every emitter's tests start here.</summary>
internal static class SpecBinding
{
    /// <summary>Binds the spec at specPath; any error diagnostic fails the test with every diagnostic listed.</summary>
    public static BoundModule Bind(string specPath, string? displayPath = null)
    {
        var bag = new DiagnosticBag();
        var spec = SpecLoader.Load(specPath, bag) ?? throw new InvalidOperationException(Report(bag));
        var header = HeaderParser.Parse(ParseRequest.For(spec));
        var module = Bindgen.Model.Binder.Binder.Bind(spec, header, bag, displayPath ?? Path.GetFileName(specPath));
        if (bag.HasErrors) throw new InvalidOperationException(Report(bag));
        return module;
    }

    static string Report(DiagnosticBag bag) => string.Join("\n", bag.Items.Select(d => d.ToString()));
}
