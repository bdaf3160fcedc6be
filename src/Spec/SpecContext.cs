using Bindgen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bindgen.Spec;

/// <summary>State shared by the readers of one spec: its path as given and the diagnostics found so far.</summary>
internal sealed class SpecContext(string path)
{
    public string Path { get; } = path;
    public List<Diagnostic> Diagnostics { get; } = new();

    public SourceLocation Loc(Mark m) =>
        m.Line <= 0 ? new SourceLocation(Path, 1, 1) : new SourceLocation(Path, (int)m.Line, (int)m.Column);

    public SourceLocation Loc(YamlNode n) => Loc(n.Start);

    public void Error(Mark at, string message) => Diagnostics.Add(Diagnostic.Error(Loc(at), message));
    public void Error(SourceLocation at, string message) => Diagnostics.Add(Diagnostic.Error(at, message));
    public void Warning(SourceLocation at, string message) => Diagnostics.Add(Diagnostic.Warning(at, message));

    /// <summary>"functions.f" + "params" → "functions.f.params"; the top level has the empty path.</summary>
    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>"in functions.f" or "at top level", for messages about a mapping.</summary>
    public static string Where(string path) => path.Length == 0 ? "at top level" : $"in {path}";
}
