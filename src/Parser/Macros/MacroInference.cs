using Bindgen.Model.C;

namespace Bindgen.Parser.Macros;

/// <summary>
/// Types a function-like macro where that is unambiguous: its body is one call of a declared function and every macro
/// parameter is passed, alone (parentheses allowed), as one argument, so it takes that parameter's type and the
/// macro returns the function's return type. zlib's `deflateInit(strm, level)` → `deflateInit_((strm), (level),
/// ZLIB_VERSION, (int)sizeof(z_stream))` becomes `int deflateInit(z_streamp strm, int level)`. Anything else stays
/// untyped (coverage says to type it under macros_as_functions).
/// </summary>
internal static class MacroInference
{
    public static IEnumerable<CFunction> Infer(IReadOnlyList<CFunction> functions, IEnumerable<(CSkippedMacro Macro, List<string> Tokens)> macros)
    {
        var byName = new Dictionary<string, CFunction>(StringComparer.Ordinal);
        foreach (var f in functions) byName.TryAdd(f.Name, f);
        foreach (var (macro, tokens) in macros)
        {
            if (byName.ContainsKey(macro.Name)) continue;
            if (Infer(macro, tokens, byName) is { } inferred) yield return inferred;
        }
    }

    static CFunction? Infer(CSkippedMacro macro, List<string> tokens, Dictionary<string, CFunction> functions)
    {
        // ( p1 , p2 ) body…
        if (tokens.Count < 3 || tokens[0] != "(") return null;
        var close = tokens.IndexOf(")");
        if (close < 0) return null;
        var names = tokens.GetRange(1, close - 1).Where(t => t != ",").ToList();
        if (names.Count == 0 || names.Contains("...") || names.Count != names.Distinct().Count()) return null;
        var body = Unwrap(tokens.GetRange(close + 1, tokens.Count - close - 1));
        if (body.Count < 3 || !functions.TryGetValue(body[0], out var target) || target.IsVariadic || target.IsMacro) return null;
        if (body[1] != "(" || body[^1] != ")" || !Balanced(body.GetRange(1, body.Count - 1))) return null;
        var args = SplitArgs(body.GetRange(2, body.Count - 3));
        if (args.Count != target.Params.Count) return null;
        var parameters = new List<CParam>();
        foreach (var name in names)
        {
            var at = args.FindIndex(a => Unwrap(a) is [var only] && only == name);
            if (at < 0) return null;
            parameters.Add(new CParam(name, target.Params[at].Type));
        }
        // Every other argument must not use a macro parameter (each parameter is passed exactly once, alone).
        if (args.Sum(a => a.Count(names.Contains)) != names.Count) return null;
        return new CFunction(macro.Name, macro.Location, target.Return, parameters)
        {
            Doc = macro.Doc, IsInline = true, IsMacro = true, IsInferred = true, CallingConvention = target.CallingConvention,
        };
    }

    /// <summary>Strips parentheses that enclose the whole token list.</summary>
    static List<string> Unwrap(List<string> t)
    {
        while (t.Count >= 2 && t[0] == "(" && t[^1] == ")" && Balanced(t.GetRange(1, t.Count - 2))) t = t.GetRange(1, t.Count - 2);
        return t;
    }

    static bool Balanced(List<string> t)
    {
        var depth = 0;
        foreach (var x in t)
        {
            if (x is "(" or "[" or "{") depth++;
            else if (x is ")" or "]" or "}" && --depth < 0) return false;
        }
        return depth == 0;
    }

    static List<List<string>> SplitArgs(List<string> t)
    {
        var result = new List<List<string>> { new() };
        var depth = 0;
        foreach (var x in t)
        {
            if (x is "(" or "[" or "{") depth++;
            else if (x is ")" or "]" or "}") depth--;
            if (x == "," && depth == 0) { result.Add(new()); continue; }
            result[^1].Add(x);
        }
        return result.Count == 1 && result[0].Count == 0 ? [] : result;
    }
}
