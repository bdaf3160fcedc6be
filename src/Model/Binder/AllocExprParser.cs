using Bindgen.Model.IR;

namespace Bindgen.Model.Binder;

/// <summary>Parses a spec EXPR: integer literals, parameter names, + - * /, parentheses and calls.</summary>
public sealed class AllocExprParser
{
    readonly string _text; int _pos;
    readonly Func<string, bool> _isParam; readonly Func<string, bool> _isFunction;
    public string? Error { get; private set; }

    AllocExprParser(string text, Func<string, bool> isParam, Func<string, bool> isFunction)
    { _text = text; _isParam = isParam; _isFunction = isFunction; }

    /// <summary>Null with Error set when the text is not a valid EXPR.</summary>
    public static (Expr? Expr, string? Error) Parse(string text, Func<string, bool> isParam, Func<string, bool> isFunction)
    {
        var p = new AllocExprParser(text, isParam, isFunction);
        try
        {
            var e = p.Sum();
            p.Skip();
            if (p._pos != text.Length) p.Fail($"unexpected '{text[p._pos..]}'");
            return (p.Error is null ? e : null, p.Error);
        }
        catch (FormatException ex) { return (null, ex.Message); }
    }

    void Fail(string message) => throw new FormatException($"in alloc expression '{_text}': {message}");
    void Skip() { while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++; }
    bool Eat(char c) { Skip(); if (_pos < _text.Length && _text[_pos] == c) { _pos++; return true; } return false; }

    Expr Sum()
    {
        var left = Product();
        while (true)
        {
            if (Eat('+')) left = new BinaryExpr("+", left, Product());
            else if (Eat('-')) left = new BinaryExpr("-", left, Product());
            else return left;
        }
    }

    Expr Product()
    {
        var left = Atom();
        while (true)
        {
            if (Eat('*')) left = new BinaryExpr("*", left, Atom());
            else if (Eat('/')) left = new BinaryExpr("/", left, Atom());
            else return left;
        }
    }

    Expr Atom()
    {
        Skip();
        if (Eat('(')) { var e = Sum(); if (!Eat(')')) Fail("missing ')'"); return e; }
        int start = _pos;
        if (_pos < _text.Length && char.IsDigit(_text[_pos]))
        {
            while (_pos < _text.Length && char.IsLetterOrDigit(_text[_pos])) _pos++;
            var lit = _text[start.._pos].TrimEnd('u', 'U', 'l', 'L');
            long v = lit.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? Convert.ToInt64(lit[2..], 16) : long.Parse(lit);
            return new LiteralExpr(v);
        }
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        var name = _text[start.._pos];
        if (name.Length == 0) Fail(_pos < _text.Length ? $"unexpected '{_text[_pos]}'" : "unexpected end");
        if (Eat('('))
        {
            if (!_isFunction(name)) Fail($"'{name}' is not a function bound by this spec");
            var args = new List<Expr>();
            if (!Eat(')'))
            {
                do args.Add(Sum()); while (Eat(','));
                if (!Eat(')')) Fail("missing ')'");
            }
            return new CallExpr(name, args);
        }
        if (!_isParam(name)) Fail($"'{name}' is not a parameter of this function");
        return new ParamExpr(name);
    }
}
