using Bindgen.Model;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Comments;

namespace Bindgen.Parser.Reading;

/// <summary>The per-parse services the readers share.</summary>
internal sealed class ParseContext
{
    public ParseContext(TranslationUnit tu, IReadOnlyList<string> headers, IReadOnlyList<string> includeGlobs, IReadOnlyList<string> named)
    {
        Tu = tu;
        Filter = new DeclFilter(tu, headers, includeGlobs, named);
        Names = new NameTable();
        Types = new TypeMapper(Names);
        Comments = new CommentReader(tu);
    }

    public TranslationUnit Tu { get; }
    public DeclFilter Filter { get; }
    public NameTable Names { get; }
    public TypeMapper Types { get; }
    public CommentReader Comments { get; }
    public List<Diagnostic> Diagnostics { get; } = new();
}
