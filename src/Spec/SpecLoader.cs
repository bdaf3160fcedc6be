using Bindgen.Model;
using Bindgen.Model.Spec;
using YamlDotNet.RepresentationModel;

namespace Bindgen.Spec;

/// <summary>
/// Reads bindings.yaml into a <see cref="BindingSpec"/>, reporting every problem that needs only the spec
/// (YAML syntax, unknown keys, value shapes, contradictions, references between spec entries) with the
/// spec's line and column. Checks against the headers are the binder's, using the recorded KeyLocations.
/// </summary>
public static class SpecLoader
{
    /// <summary>Loads the spec at <paramref name="path"/> (diagnostics name it as given).</summary>
    /// <exception cref="BindgenException">The file is missing or cannot be read.</exception>
    public static BindingSpec? Load(string path, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(path)) throw new BindgenException($"cannot read spec '{path}': it is a directory");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BindgenException($"cannot read spec '{path}': no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new BindgenException($"cannot read spec '{path}': {e.Message}");
        }
        return LoadText(text, path, diagnostics);
    }

    /// <summary>
    /// Loads spec text; <paramref name="path"/> is used for SpecPath and in diagnostics. Returns null when the
    /// text is not valid YAML or not a mapping; otherwise the model, even when some errors were reported.
    /// </summary>
    public static BindingSpec? LoadText(string text, string path, DiagnosticBag diagnostics)
    {
        var ctx = new SpecContext(path);
        var spec = Read(text, ctx);
        // Report in file order, whatever pass found them.
        diagnostics.AddRange(ctx.Diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location.Line).ThenBy(x => x.d.Location.Column).ThenBy(x => x.i)
            .Select(x => x.d));
        return spec;
    }

    private static BindingSpec? Read(string text, SpecContext ctx)
    {
        var root = YamlDocumentReader.Read(text, ctx, out var syntaxError);
        if (syntaxError) return null;
        if (root != null && root is not YamlMappingNode && !YamlScalars.IsNull(root))
        {
            ctx.Error(root.Start, $"expected a mapping with 'module', 'headers', ... at top level, got {YamlScalars.Describe(root)}");
            return null;
        }
        var spec = TopLevelReader.Read(ctx, root as YamlMappingNode);
        CrossReferences.Check(spec, ctx);
        return spec;
    }
}
