using System.Text;
using Bindgen.Model;

namespace Bindgen.Parser.Macros;

/// <summary>
/// macros_as_functions: each `NAME: "int (int x)"` becomes the prototype `int __bindgen_mf_NAME(int x);` after the
/// #include lines of the main parse, so clang itself reads the signature's types; the walker turns those
/// prototypes back into functions named NAME (see DeclarationWalker).
/// </summary>
internal sealed class MacroFunctions(IReadOnlyList<KeyValuePair<string, string>> signatures)
{
    public const string Prefix = "__bindgen_mf_";

    readonly Dictionary<int, KeyValuePair<string, string>> _byLine = new();

    /// <summary>The prototypes, one per line, starting at line FIRSTLINE of the main file.</summary>
    public string Prototypes(int firstLine)
    {
        var text = new StringBuilder();
        var line = firstLine;
        foreach (var (name, signature) in signatures)
        {
            var open = signature.IndexOf('(');
            if (open <= 0)
                throw new BindgenException($"macros_as_functions: '{name}': the signature \"{signature}\" is not `RETURN (PARAMS)`, e.g. \"int (int x)\"");
            _byLine[line++] = new(name, signature);
            text.Append(signature[..open].TrimEnd()).Append(' ').Append(Prefix).Append(name).Append(signature[open..]).Append(";\n");
        }
        return text.ToString();
    }

    /// <summary>For an error on a prototype line: what to tell the user instead of clang's view of the synthesized name.</summary>
    public string? Explain(int line, string message) =>
        _byLine.TryGetValue(line, out var kv)
            ? $"macros_as_functions: '{kv.Key}': the signature \"{kv.Value}\" does not compile: {message.Replace(Prefix, "")}"
            : null;
}
