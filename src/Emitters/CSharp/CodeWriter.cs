using System.Text;

namespace Bindgen.Emitters.CSharp;

/// <summary>Builds indented C# statement lines for method bodies; templates print the lines as they are.</summary>
internal sealed class CodeWriter
{
    readonly List<string> _lines = new();
    int _indent;

    public IReadOnlyList<string> Lines => _lines;
    public bool IsEmpty => _lines.Count == 0;

    public CodeWriter Line(string text)
    {
        _lines.Add(text.Length == 0 ? "" : new string(' ', _indent * 4) + text);
        return this;
    }

    /// <summary>header, then a brace block; an empty header opens a bare block.</summary>
    public CodeWriter Open(string header)
    {
        if (header.Length > 0) Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public CodeWriter Append(IEnumerable<string> lines)
    {
        foreach (var l in lines) Line(l);
        return this;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var l in _lines) sb.Append(l).Append('\n');
        return sb.ToString();
    }
}
