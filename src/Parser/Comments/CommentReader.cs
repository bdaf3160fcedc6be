using System.Text;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Comments;

/// <summary>
/// Finds the doc comment of a declaration. Headers disagree on where docs go: most put them
/// before the declaration, zlib puts them right after it. The after-comment wins when it
/// starts on the declaration's last line or the next one (zlib never leaves a blank line; a
/// comment after a blank line is a section comment). A comment used as an after-comment is
/// never reused as the next declaration's before-comment, and a before-comment must end at
/// the line just above the declaration.
/// </summary>
internal sealed class CommentReader(TranslationUnit tu)
{
    private readonly HashSet<(nint File, int Offset)> _usedAfterComments = new();

    /// <summary>
    /// Top-level declarations. Functions, typedefs and variables end at their `;` (found by
    /// scanning, since a trailing macro like zlib's OF(...) hides the real end from libclang);
    /// records and enums end at their closing brace.
    /// </summary>
    public string? ForDeclaration(CXCursor cursor, bool endsWithSemicolon)
    {
        var extent = clang_getCursorExtent(cursor);
        var end = TranslationUnit.Expansion(extent.End());
        var text = tu.Contents(end.File);
        var offset = endsWithSemicolon ? SkipPastSemicolon(text, end.Offset) : end.Offset;
        if (AfterComment(text, offset) is { } found)
        {
            _usedAfterComments.Add((end.File, found.Start));
            return DocText.Clean(Slice(text, found.Start, found.End));
        }
        return Before(cursor, TranslationUnit.Expansion(extent.Start()));
    }

    /// <summary>Fields and enum constants: a comment trailing on the same line, else the one before.</summary>
    public string? ForMember(CXCursor cursor)
    {
        var extent = clang_getCursorExtent(cursor);
        var end = TranslationUnit.Expansion(extent.End());
        var text = tu.Contents(end.File);
        var offset = SkipToMemberEnd(text, end.Offset);
        if (TrailingComment(text, offset, ";,") is { } trailing)
            return DocText.Clean(Slice(text, trailing.Start, trailing.End));
        return Before(cursor, TranslationUnit.Expansion(extent.Start()));
    }

    /// <summary>Macros have no clang comment attachment: a trailing comment, else one ending on the line above.</summary>
    public string? ForMacro(CXCursor cursor)
    {
        var extent = clang_getCursorExtent(cursor);
        var end = TranslationUnit.Expansion(extent.End());
        var text = tu.Contents(end.File);
        if (TrailingComment(text, end.Offset, "") is { } trailing)
            return DocText.Clean(Slice(text, trailing.Start, trailing.End));
        var start = TranslationUnit.Expansion(extent.Start());
        if (CommentAbove(text, start.Offset) is { } above && !_usedAfterComments.Contains((start.File, above.Start)))
            return DocText.Clean(Slice(text, above.Start, above.End));
        return null;
    }

    private string? Before(CXCursor cursor, FilePos declStart)
    {
        var raw = clang_Cursor_getRawCommentText(cursor).ToManaged();
        if (raw.Length == 0) return null;
        var range = clang_Cursor_getCommentRange(cursor);
        var start = TranslationUnit.Expansion(range.Start());
        var end = TranslationUnit.Expansion(range.End());
        // clang also attaches a previous line's trailing comment (`int a; /* x */` above `int b;`): only own-line comments count.
        if (_usedAfterComments.Contains((start.File, start.Offset)) || !StartsOwnLine(tu.Contents(start.File), start.Offset))
            return null;
        // After a blank line it is a section or file comment (zlib's licence block sits above its first typedef).
        if (end.File == declStart.File && declStart.Line - end.Line > 1) return null;
        return DocText.Clean(raw);
    }

    /// <summary>Index just past the `;` ending a declaration (outside parentheses and comments); offset itself when a brace or a line end comes first.</summary>
    private static int SkipPastSemicolon(ReadOnlySpan<byte> text, int offset)
    {
        var depth = 0;
        for (var i = offset; i < text.Length; i++)
        {
            var c = (char)text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text[(i + 2)..].IndexOf("*/"u8);
                if (close < 0) return offset;
                i += close + 3;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/') return offset;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ';' && depth <= 0) return i + 1;
            else if (c is '{' or '}' || (c == '\n' && depth <= 0)) return offset;
        }
        return offset;
    }

    /// <summary>A field or enumerator may end in a macro whose expansion hides its end: move to its `;`, `,` or `}`.</summary>
    private static int SkipToMemberEnd(ReadOnlySpan<byte> text, int offset)
    {
        var depth = 0;
        for (var i = offset; i < text.Length; i++)
        {
            var c = (char)text[i];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth <= 0 && c is ';' or ',') return i;
            else if (c is '}' or '\n' || (c == '/' && i + 1 < text.Length && text[i + 1] is (byte)'*' or (byte)'/')) return i;
        }
        return offset;
    }

    private static (int Start, int End)? AfterComment(ReadOnlySpan<byte> text, int offset)
    {
        var i = SkipBlanks(text, offset);
        if (i < text.Length && text[i] == ';') i++;
        var newlines = 0;
        while (i < text.Length && IsSpace(text[i]))
        {
            if (text[i] == '\n') newlines++;
            i++;
        }
        if (newlines > 1 || CommentEnd(text, i) is not { } end) return null;
        // A doxygen-style comment glued to the next declaration documents that declaration.
        if (newlines == 1 && IsDocMarker(text, i) && NextCodeOnFollowingLine(text, end)) return null;
        return (i, end);
    }

    private static (int Start, int End)? TrailingComment(ReadOnlySpan<byte> text, int offset, string separators)
    {
        var i = SkipBlanks(text, offset);
        if (i < text.Length && separators.Contains((char)text[i])) i = SkipBlanks(text, i + 1);
        if (i + 1 >= text.Length || text[i] != '/') return null;
        if (text[i + 1] == '*') return CommentEnd(text, i) is { } end ? (i, end) : null;
        if (text[i + 1] == '/') return (i, LineEnd(text, i));
        return null;
    }

    /// <summary>The comment ending on the line just above the line holding offset (no blank line between).</summary>
    private static (int Start, int End)? CommentAbove(ReadOnlySpan<byte> text, int offset)
    {
        var lineStart = LineStart(text, offset);
        if (lineStart == 0) return null;
        var prevEnd = lineStart - 1;
        var prevStart = LineStart(text, prevEnd);
        var prev = text[prevStart..prevEnd];
        var trimmedEnd = prevEnd;
        while (trimmedEnd > prevStart && IsSpace(text[trimmedEnd - 1])) trimmedEnd--;
        if (trimmedEnd - prevStart >= 2 && text[trimmedEnd - 2] == '*' && text[trimmedEnd - 1] == '/')
        {
            var open = text[..(trimmedEnd - 2)].LastIndexOf("/*"u8);
            return open >= 0 && StartsOwnLine(text, open) ? (open, trimmedEnd) : null;
        }
        if (!prev.TrimStart(" \t"u8).StartsWith("//"u8)) return null;
        var first = prevStart;
        while (first > 0)
        {
            var earlier = LineStart(text, first - 1);
            if (!text[earlier..(first - 1)].TrimStart(" \t"u8).StartsWith("//"u8)) break;
            first = earlier;
        }
        return (SkipBlanks(text, first), prevEnd);
    }

    private static int? CommentEnd(ReadOnlySpan<byte> text, int i)
    {
        if (i + 1 >= text.Length || text[i] != '/') return null;
        if (text[i + 1] == '*')
        {
            var close = text[(i + 2)..].IndexOf("*/"u8);
            return close < 0 ? null : i + 2 + close + 2;
        }
        if (text[i + 1] != '/') return null;
        // A run of // lines is one comment.
        var end = LineEnd(text, i);
        while (end < text.Length)
        {
            var next = SkipBlanks(text, end + 1);
            if (next + 1 >= text.Length || text[next] != '/' || text[next + 1] != '/') break;
            end = LineEnd(text, next);
        }
        return end;
    }

    private static bool NextCodeOnFollowingLine(ReadOnlySpan<byte> text, int end)
    {
        var i = SkipBlanks(text, end);
        if (i >= text.Length || text[i] != '\n') return false;
        i = SkipBlanks(text, i + 1);
        return i < text.Length && text[i] != '\n' && text[i] != '\r';
    }

    private static bool IsDocMarker(ReadOnlySpan<byte> text, int i) =>
        text[i..].StartsWith("/**"u8) || text[i..].StartsWith("///"u8) || text[i..].StartsWith("/*!"u8) || text[i..].StartsWith("//!"u8);

    private static bool StartsOwnLine(ReadOnlySpan<byte> text, int offset)
    {
        if (offset > text.Length) return false;
        for (var i = offset - 1; i >= 0 && text[i] != '\n'; i--)
            if (text[i] != ' ' && text[i] != '\t') return false;
        return true;
    }

    private static int SkipBlanks(ReadOnlySpan<byte> text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) i++;
        return i;
    }

    private static int LineStart(ReadOnlySpan<byte> text, int offset)
    {
        var nl = text[..Math.Min(offset, text.Length)].LastIndexOf((byte)'\n');
        return nl + 1;
    }

    private static int LineEnd(ReadOnlySpan<byte> text, int i)
    {
        var nl = text[i..].IndexOf((byte)'\n');
        return nl < 0 ? text.Length : i + nl;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or (byte)'\v';

    private static string Slice(ReadOnlySpan<byte> text, int start, int end) => Encoding.UTF8.GetString(text[start..end]);
}
