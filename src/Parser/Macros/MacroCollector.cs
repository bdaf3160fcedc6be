using System.Text;
using Bindgen.Model;
using Bindgen.Model.C;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using Bindgen.Parser.Reading;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Macros;

/// <summary>An object-like macro that might be a constant; the evaluator decides.</summary>
internal sealed record MacroCandidate(string Name, SourceLocation Location, string Expression, string? Doc);

/// <summary>
/// Gathers object-like macros from the kept headers with their tokens. Bodies that cannot be
/// an expression (braces, statements, storage classes, unbalanced brackets) are dropped here,
/// because pasted into the evaluation file they could derail clang's parse of the next line.
/// </summary>
internal sealed unsafe class MacroCollector(ParseContext ctx)
{
    private static readonly HashSet<string> StatementWords = new(StringComparer.Ordinal)
    {
        "auto", "break", "case", "continue", "default", "do", "else", "extern", "for", "goto", "if", "inline",
        "register", "return", "static", "switch", "typedef", "while", "_Static_assert", "__attribute__", "__declspec", "asm", "__asm__",
    };

    // Later definitions replace earlier ones (#undef + #define): the evaluator sees the final one.
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<MacroCandidate?> _candidates = new();

    // The last definition's reason when it is not a candidate (keyed by name, so a redefinition replaces it).
    private readonly Dictionary<string, CSkippedMacro> _skipped = new(StringComparer.Ordinal);

    public IReadOnlyList<MacroCandidate> Candidates => _candidates.Where(c => c is not null).ToList()!;
    public IEnumerable<CSkippedMacro> Skipped => _skipped.Values;

    private readonly Dictionary<string, (CSkippedMacro Macro, List<string> Tokens)> _functionLike = new(StringComparer.Ordinal);
    /// <summary>Function-like macros with their tokens after the name: `( params ) body`.</summary>
    public IEnumerable<(CSkippedMacro Macro, List<string> Tokens)> FunctionLike => _functionLike.Values;

    public void Add(CXCursor cursor)
    {
        if (clang_Cursor_isMacroBuiltin(cursor) != 0) return;
        var name = cursor.Spelling();
        if (_index.Remove(name, out var previous)) _candidates[previous] = null;
        _skipped.Remove(name);
        var location = ctx.Filter.Location(cursor);
        _functionLike.Remove(name);
        var body = Tokens(clang_getCursorExtent(cursor));
        if (clang_Cursor_isMacroFunctionLike(cursor) != 0)
        {
            var skipped = new CSkippedMacro(name, location, "function-like macro") { Doc = ctx.Comments.ForMacro(cursor) };
            _skipped[name] = skipped;
            _functionLike[name] = (skipped, body.Select(t => t.Text).ToList());
            return;
        }
        if (body.Count == 0) { _skipped[name] = new CSkippedMacro(name, location, "empty (a flag or include guard)"); return; }
        if (!LooksLikeExpression(body)) { _skipped[name] = new CSkippedMacro(name, location, "not an expression"); return; }
        _index[name] = _candidates.Count;
        _candidates.Add(new MacroCandidate(name, location, Join(body), ctx.Comments.ForMacro(cursor)));
    }

    private readonly record struct Token(CXTokenKind Kind, string Text, int Start, int End);

    /// <summary>The tokens after the macro's name.</summary>
    private List<Token> Tokens(CXSourceRange extent)
    {
        CXToken* tokens;
        uint count;
        clang_tokenize(ctx.Tu.Handle, extent, &tokens, &count);
        var result = new List<Token>((int)Math.Max(count, 1) - 1);
        try
        {
            for (uint i = 1; i < count; i++)
            {
                var range = clang_getTokenExtent(ctx.Tu.Handle, tokens[i]);
                result.Add(new Token(clang_getTokenKind(tokens[i]), clang_getTokenSpelling(ctx.Tu.Handle, tokens[i]).ToManaged(),
                    TranslationUnit.Expansion(range.Start()).Offset, TranslationUnit.Expansion(range.End()).Offset));
            }
        }
        finally
        {
            if (tokens != null) clang_disposeTokens(ctx.Tu.Handle, tokens, count);
        }
        return result;
    }

    private static bool LooksLikeExpression(List<Token> body)
    {
        var depth = new Stack<char>();
        foreach (var token in body)
        {
            if (token.Kind == CXTokenKind.Keyword && StatementWords.Contains(token.Text)) return false;
            if (token.Kind == CXTokenKind.Identifier && StatementWords.Contains(token.Text)) return false;
            if (token.Kind != CXTokenKind.Punctuation) continue;
            switch (token.Text)
            {
                case "{" or "}" or ";": return false;
                case "(": depth.Push(')'); break;
                case "[": depth.Push(']'); break;
                case ")" or "]":
                    if (depth.Count == 0 || depth.Pop() != token.Text[0]) return false;
                    break;
            }
        }
        return depth.Count == 0;
    }

    /// <summary>Tokens as written: one space wherever the source had any whitespace (line continuations included).</summary>
    private static string Join(List<Token> body)
    {
        var text = new StringBuilder();
        for (var i = 0; i < body.Count; i++)
        {
            if (i > 0 && body[i].Start > body[i - 1].End) text.Append(' ');
            text.Append(body[i].Text);
        }
        return text.ToString();
    }
}
