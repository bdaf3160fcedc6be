namespace Bindgen.Emitters.Cython;

/// <summary>
/// The vectorcall entry of a module function or of a handle method that takes arguments: which positional calls (no
/// keywords) go straight to the body, with the defaults of the parameters they leave out; and the text signatures
/// Python reads back from docstrings. Every other call (keywords, wrong arity) goes to the `def`, so errors and
/// keyword handling stay Cython's.
/// </summary>
public sealed partial class FunctionLowering
{
    /// <summary>className: the handle class of a method, null for a module function.</summary>
    static PyFastEntry FastEntry(string name, string? className, IReadOnlyList<SigParam> sig)
    {
        var positional = sig.Where(p => !p.KeywordOnly).ToList();
        var keywordOnly = sig.Where(p => p.KeywordOnly).ToList();
        var self = className is null ? [] : new[] { $"<{className}>_bg_self" };
        var branches = new List<PyFastBranch>();
        // A keyword-only parameter without a default needs a keyword: such calls all take the general path.
        if (keywordOnly.All(p => p.Default is not null))
        {
            var required = positional.TakeWhile(p => p.Default is null).Count();
            for (var n = required; n <= positional.Count; n++)
            {
                var args = self.Concat(positional.Select((p, i) => i < n ? $"<object>_bg_args[{i}]" : p.Default!))
                    .Concat(keywordOnly.Select(p => p.Default!));
                branches.Add(new PyFastBranch(n, string.Join(", ", args)));
            }
        }
        var implParams = (className is null ? [] : new[] { $"{className} self" }).Concat(sig.Select(p => "object " + p.Name));
        var implArgs = (className is null ? [] : new[] { "self" }).Concat(sig.Select(p => p.Name));
        var textSignature = Readable(sig) ? PyLiterals.Str(TextSignature(name, className is not null, sig)) : "None";
        return new PyFastEntry(className is null ? name : $"{className}__{name}", name, className,
            string.Join(", ", implParams), string.Join(", ", implArgs), branches, textSignature);
    }

    static bool Readable(IReadOnlyList<SigParam> sig) => !sig.Any(p => p.Default is { } d && (d == Required || d.Contains('(')));

    /// <summary>`name(a, b=1)`, or `name($self, a)` for a method: the form inspect reads back.</summary>
    static string TextSignature(string name, bool method, IReadOnlyList<SigParam> sig)
    {
        var ps = Signature(sig, FunctionMode.Function);
        return method ? $"{name}($self{(ps.Length > 0 ? ", " + ps : "")})" : $"{name}({ps})";
    }

    /// <summary>A method's docstring, led by its text signature when inspect can read one back.</summary>
    static string? MethodDoc(string name, IReadOnlyList<SigParam> sig, string? doc) =>
        Readable(sig) ? PyLiterals.DocWithSignature(TextSignature(name, true, sig), doc) : PyLiterals.Doc(doc);
}
