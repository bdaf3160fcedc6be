using System.Text;
using System.Text.RegularExpressions;
using Bindgen.Model.Binder;
using Bindgen.Model.C;

namespace Bindgen.Cli.Init;

/// <summary>
/// Writes a starter bindings.yaml from a header model, with suggested annotations (each marked by a
/// `# suggested:` comment saying why): pointer+size pairs → buffers, create/destroy pairs → handles,
/// int returns next to a *_OK macro → a return_code convention.
/// </summary>
public static class StarterSpec
{
    static readonly Regex LengthName = new(@"(len|length|size|count|nbytes|bytes|^n$|^cb$|num)", RegexOptions.IgnoreCase);
    static readonly Regex GenericLength = new(@"^(len|length|size|n|count|nbytes|num|cb|bufsize|buflen|nitems|nmemb|bytes)$", RegexOptions.IgnoreCase);
    static readonly Regex InputName = new(@"^(src|source|in|input|data)", RegexOptions.IgnoreCase);
    static readonly Regex MinusOneOnError = new(@"-1\b[^.]{0,40}\b(error|fail)|(error|fail)[^.]{0,40}\b-1\b", RegexOptions.IgnoreCase);

    public static string Render(string module, IReadOnlyList<string> headers, CHeader h, string schemaPath, string compilerSection = "")
    {
        var sb = new StringBuilder();
        sb.Append($"# yaml-language-server: $schema={schemaPath}\n");
        sb.Append($"# Starter spec written by `bindgen init`. Review every `# suggested:` line, then run `bindgen ir` to see what binds.\n");
        sb.Append($"module: {module}\n");
        sb.Append($"headers: [{string.Join(", ", headers)}]\n");
        sb.Append(compilerSection);

        var errorPrefix = ErrorConvention(h);
        if (errorPrefix is not null)
        {
            sb.Append("errors:\n");
            sb.Append($"  {errorPrefix.Value.Name}:   # suggested: {errorPrefix.Value.OkMacro} == 0 looks like a return-code convention\n");
            sb.Append("    kind: return_code\n    success: [0]\n");
        }

        var handles = HandleInference.Infer(h);
        if (handles.Count > 0)
        {
            sb.Append("handles:\n");
            foreach (var hd in handles)
            {
                sb.Append($"  {hd.Type}:   # suggested: {hd.Why}; functions taking it first become methods\n");
                sb.Append($"    constructor: {hd.Constructor}\n    destructor: {hd.Destructor}\n    methods: \"{hd.Methods}\"\n    method_prefix: \"{hd.MethodPrefix}\"\n");
            }
        }

        var fnLines = new StringBuilder();
        foreach (var f in h.Functions.Where(f => !f.IsVariadic))
        {
            var lines = FunctionSuggestions(f, errorPrefix);
            if (lines.Count == 0) continue;
            fnLines.Append($"  {f.Name}:\n");
            foreach (var l in lines) fnLines.Append("    ").Append(l).Append('\n');
        }
        if (fnLines.Length > 0) sb.Append("functions:\n").Append(fnLines);
        var skipped = h.Functions.Count(f => f.IsVariadic);
        if (skipped > 0) sb.Append($"# {skipped} variadic function(s) cannot be bound and are left out.\n");
        return sb.ToString();
    }

    static (string Name, string OkMacro, string Prefix)? ErrorConvention(CHeader h)
    {
        var ok = h.Macros.FirstOrDefault(m => m.Kind == CMacroKind.Integer && m.IntValue == 0 && m.Name.EndsWith("_OK"))
              ?? h.Enums.SelectMany(e => e.Constants).Where(c => c.Value == 0 && c.Name.EndsWith("_OK"))
                   .Select(c => new CMacro(c.Name, SourceLocationNone, CMacroKind.Integer)).FirstOrDefault();
        if (ok is null) return null;
        var prefix = ok.Name[..^3];
        return (prefix.ToLowerInvariant().TrimEnd('_') + "_error", ok.Name, prefix);
    }

    static readonly Bindgen.Model.SourceLocation SourceLocationNone = Bindgen.Model.SourceLocation.None;

    static List<string> FunctionSuggestions(CFunction f, (string Name, string OkMacro, string Prefix)? err)
    {
        var lines = new List<string>();
        var paramLines = new List<string>();
        for (int i = 0; i < f.Params.Count; i++)
        {
            var p = f.Params[i];
            var pointee = TypeFacts.Pointee(p.Type);
            if (pointee is null || TypeFacts.IsFunctionPointer(p.Type)) continue;
            bool fixedArray = p.ArrayLength is > 1;
            var next = i + 1 < f.Params.Count ? f.Params[i + 1] : null;
            bool dataPointer = TypeFacts.IsVoid(pointee) || TypeFacts.IsInteger(pointee, allowEnum: false) || pointee.Canonical is CPrimitiveType { IsFloat: true };
            bool lengthIsPointer = next is not null && TypeFacts.Pointee(next.Type) is not null;
            if (dataPointer && next is not null && LengthName.IsMatch(next.Name) && LengthOf(p.Name, next.Name) && !LengthName.IsMatch(p.Name)
                && IsIntegerOrPointerToInteger(next.Type) && !(pointee.IsConst && lengthIsPointer))
            {
                // Headers without const (bzlib) still name their inputs: source, src, input, data.
                var dir = pointee.IsConst || InputName.IsMatch(p.Name) ? "in" : "out";
                paramLines.Add($"  {p.Name}: {{buffer: {dir}, length: {next.Name}}}   # suggested: pointer followed by its length");
                i++;
            }
            else if (TypeFacts.IsCharLike(pointee) && !pointee.IsConst && next is null)
                continue;
            else if (TypeFacts.Pointee(pointee) is { } inner && TypeFacts.IsCharLike(inner) && !pointee.IsConst)
                paramLines.Add($"  {p.Name}: {{out: true}}   # suggested: char** is usually a returned string; add ownership/free if the caller frees it");
            else if (!pointee.IsConst && !fixedArray && (TypeFacts.IsInteger(pointee, allowEnum: false) || pointee.Canonical is CPrimitiveType { IsFloat: true }))
                paramLines.Add($"  {p.Name}: {{out: true}}   # suggested: pointer to a scalar; use inout: true if C reads it too");
        }
        if (paramLines.Count > 0) { lines.Add("params:"); lines.AddRange(paramLines); }
        bool returnsInt = f.Return.Canonical is CPrimitiveType { Primitive: CPrimitiveKind.Int };
        bool signedReturn = f.Return.Canonical is CPrimitiveType { Primitive: CPrimitiveKind.Int or CPrimitiveKind.Long or CPrimitiveKind.LongLong };
        var doc = f.Doc ?? "";
        if (err is { } e && returnsInt && (doc.Contains(e.OkMacro) || (doc.Length == 0 && f.Name.StartsWith(e.Prefix, StringComparison.OrdinalIgnoreCase))))
            lines.Add($"returns: {{error: {e.Name}}}   # suggested: returns the {e.Prefix}* code");
        else if (signedReturn && MinusOneOnError.IsMatch(doc))
            lines.Add("returns: {error: {kind: negative}}   # suggested: the docs say -1 means an error");
        bool returnsItsBuffer = f.Params.Any(x => TypeFacts.Pointee(x.Type) is { IsConst: false } xp && TypeFacts.IsCharLike(xp));
        if (TypeFacts.Pointee(f.Return) is { } rp && TypeFacts.IsCharLike(rp) && !rp.IsConst && !returnsItsBuffer)
            lines.Add("returns: {ownership: owned, free: free}   # suggested: a mutable char* return is usually the caller's to free; check the docs");
        return lines;
    }

    /// <summary>The length belongs to the pointer: a generic length name (len, size, n, …) or one sharing the
    /// pointer's first letters (dest/destLen, dictionary/dictLength), not some other size (version/stream_size).</summary>
    static bool LengthOf(string pointer, string length) =>
        GenericLength.IsMatch(length) ||
        (pointer.Length >= 3 && length.StartsWith(pointer[..Math.Min(4, pointer.Length)], StringComparison.OrdinalIgnoreCase));

    static bool IsIntegerOrPointerToInteger(CType t) =>
        TypeFacts.IsInteger(t, allowEnum: false) || (TypeFacts.Pointee(t) is { } p && TypeFacts.IsInteger(p, allowEnum: false));
}
