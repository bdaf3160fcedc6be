using Bindgen.Model;
using Bindgen.Model.C;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using Bindgen.Parser.Macros;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Reading;

/// <summary>
/// One pass over the translation unit's top level, in clang's order (which is source order,
/// included files at their #include), keeping what the filter keeps. Each entity is emitted
/// once: records and enums at their definition, functions/typedefs/variables at their first
/// declaration.
/// </summary>
internal sealed class DeclarationWalker
{
    private readonly ParseContext _ctx;
    private readonly RecordReader _records;
    private readonly EnumReader _enums;
    private readonly FunctionReader _functions;
    private readonly MacroCollector _macros;

    private readonly HashSet<nint> _emittedTags = new();
    private readonly HashSet<string> _seenNames = new(StringComparer.Ordinal);

    public List<CFunction> Functions { get; } = new();
    public List<CRecord> Records { get; } = new();
    public List<CEnum> Enums { get; } = new();
    public List<CTypedef> Typedefs { get; } = new();
    public List<CVariable> Variables { get; } = new();
    public IReadOnlyList<MacroCandidate> MacroCandidates => _macros.Candidates;
    public IEnumerable<CSkippedMacro> SkippedMacros => _macros.Skipped;
    public IEnumerable<(CSkippedMacro Macro, List<string> Tokens)> FunctionLikeMacros => _macros.FunctionLike;

    public DeclarationWalker(ParseContext ctx)
    {
        _ctx = ctx;
        _enums = new EnumReader(ctx);
        _records = new RecordReader(ctx, _enums);
        _functions = new FunctionReader(ctx);
        _macros = new MacroCollector(ctx);
    }

    public void Walk()
    {
        foreach (var cursor in _ctx.Tu.Cursor.Children())
        {
            var kind = cursor.Kind();
            if (kind is CXCursorKind.MacroExpansion or CXCursorKind.InclusionDirective) continue;
            var pos = _ctx.Filter.Position(cursor);
            switch (kind)
            {
                case CXCursorKind.MacroDefinition:
                    if (_ctx.Filter.Keeps(pos, () => cursor.Spelling())) _macros.Add(cursor);
                    break;
                case CXCursorKind.StructDecl or CXCursorKind.UnionDecl:
                    if (_ctx.Filter.Keeps(pos, () => _ctx.Names.NameOf(cursor))) OnRecord(cursor);
                    break;
                case CXCursorKind.EnumDecl:
                    if (_ctx.Filter.Keeps(pos, () => _ctx.Names.NameOf(cursor))) OnEnum(cursor);
                    break;
                case CXCursorKind.FunctionDecl:
                    if (_ctx.Filter.Keeps(pos, () => cursor.Spelling())) OnFunction(cursor, _ctx.Filter.KeptOnlyByName(pos, cursor.Spelling()));
                    else if (cursor.Spelling().StartsWith(MacroFunctions.Prefix, StringComparison.Ordinal)) OnMacroFunction(cursor);
                    break;
                case CXCursorKind.TypedefDecl:
                    if (_ctx.Filter.Keeps(pos, () => cursor.Spelling())) OnTypedef(cursor, pos);
                    break;
                case CXCursorKind.VarDecl:
                    if (_ctx.Filter.Keeps(pos, () => cursor.Spelling())) OnVariable(cursor);
                    break;
            }
        }
    }

    private void OnRecord(CXCursor cursor)
    {
        if (_emittedTags.Contains(cursor.DeclKey())) return;
        var definition = clang_getCursorDefinition(cursor);
        if (!cursor.IsDefinition() && !definition.IsNull())
        {
            // A forward declaration: wait for a definition we will reach, else read the one elsewhere now.
            var defPos = _ctx.Filter.Position(definition);
            if (_ctx.Filter.Keeps(defPos, () => _ctx.Names.NameOf(definition))) return;
            cursor = definition;
        }
        _records.Read(cursor, Records, Enums, _emittedTags);
    }

    private void OnEnum(CXCursor cursor)
    {
        var definition = clang_getCursorDefinition(cursor);
        if (!definition.IsNull()) cursor = definition;
        if (_emittedTags.Add(cursor.DeclKey())) Enums.Add(_enums.Read(cursor));
    }

    private void OnFunction(CXCursor cursor, bool namedOnly)
    {
        if (!_seenNames.Add("f:" + cursor.Spelling())) return;
        var function = _functions.Read(cursor) with { NamedOnly = namedOnly };
        if (function.IsVariadic)
            _ctx.Diagnostics.Add(Diagnostic.Warning(function.Location, $"function '{function.Name}' is variadic; skipped"));
        Functions.Add(function);
    }

    /// <summary>A macros_as_functions prototype: the function is the macro, named and located as the macro.</summary>
    private void OnMacroFunction(CXCursor cursor)
    {
        var function = _functions.Read(cursor);
        var name = function.Name[MacroFunctions.Prefix.Length..];
        var macro = _macros.Skipped.FirstOrDefault(m => m.Name == name);
        Functions.Add(function with { Name = name, Location = macro?.Location ?? function.Location, Doc = macro?.Doc, IsInline = true, IsMacro = true });
    }

    private void OnTypedef(CXCursor cursor, FilePos pos)
    {
        var name = cursor.Spelling();
        if (!_seenNames.Add("t:" + name)) return;
        if (!_ctx.Filter.InHeaders(pos.File) && _ctx.Filter.IsNamed(name)) ReadNamedTarget(clang_getTypedefDeclUnderlyingType(cursor));
        var target = _ctx.Types.MapDeclared(cursor, clang_getTypedefDeclUnderlyingType(cursor));
        // `typedef struct {…} t;` already named the record t, and `typedef struct t t;` adds nothing: no alias to itself.
        if (target is CRecordType r && r.Name == name || target is CEnumType e && e.Name == name) return;
        Typedefs.Add(new CTypedef(name, _ctx.Filter.Location(cursor), target) { Doc = _ctx.Comments.ForDeclaration(cursor, endsWithSemicolon: true) });
    }

    /// <summary>
    /// A typedef the spec names (`handles: {lib_t: …}`) found outside `headers` (an umbrella header's lib/types.h): the
    /// struct, union or enum it names, or points to, comes along, as it would have had the header declared both.
    /// </summary>
    private void ReadNamedTarget(CXType underlying)
    {
        var type = underlying.Canonical();
        if (type.kind == CXTypeKind.Pointer) type = clang_getPointeeType(type).Canonical();
        var decl = type.Declaration();
        switch (decl.Kind())
        {
            case CXCursorKind.StructDecl or CXCursorKind.UnionDecl: OnRecord(decl); break;
            case CXCursorKind.EnumDecl: OnEnum(decl); break;
        }
    }

    private void OnVariable(CXCursor cursor)
    {
        // A static variable in a header is a private copy per includer, not something a library exports.
        if (clang_Cursor_getStorageClass(cursor) == CX_StorageClass.Static) return;
        var name = cursor.Spelling();
        if (!_seenNames.Add("v:" + name)) return;
        Variables.Add(new CVariable(name, _ctx.Filter.Location(cursor), _ctx.Types.MapDeclared(cursor, cursor.Type()))
        {
            Doc = _ctx.Comments.ForDeclaration(cursor, endsWithSemicolon: true),
        });
    }
}
