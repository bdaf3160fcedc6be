using Bindgen.Model.C;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Reading;

/// <summary>
/// Reads a struct/union with its layout. Records and enums defined inside it are read too and
/// returned after it: C gives nested tags file scope, and anonymous ones need their parent's
/// name (Parent__anon0 for an anonymous member, Parent_field for an unnamed type of a field).
/// </summary>
internal sealed class RecordReader(ParseContext ctx, EnumReader enums)
{
    public void Read(CXCursor decl, List<CRecord> records, List<CEnum> enumsOut, HashSet<nint> emitted)
    {
        emitted.Add(decl.DeclKey());
        var name = ctx.Names.NameOf(decl);
        var isUnion = decl.Kind() == CXCursorKind.UnionDecl;
        var location = ctx.Filter.Location(decl);
        var doc = ctx.Comments.ForDeclaration(decl, endsWithSemicolon: false);
        var anonymous = ctx.Names.IsAnonymous(decl);
        if (!decl.IsDefinition())
        {
            records.Add(new CRecord(name, location, isUnion, []) { IsComplete = false, IsAnonymous = anonymous, CSpelling = anonymous ? ctx.Names.CSpellingOf(decl) : null, Doc = doc });
            return;
        }

        var children = decl.Children();
        NameUnnamedTypes(name, ctx.Names.CodeSpellingOf(decl), children);
        var nestedRecords = new List<CRecord>();
        var fields = new List<CField>();
        var packed = false;
        var anonymousMembers = 0;
        foreach (var child in children)
        {
            switch (child.Kind())
            {
                case CXCursorKind.StructDecl or CXCursorKind.UnionDecl:
                    if (emitted.Contains(child.DeclKey())) break;
                    // `struct later *p;` declares a tag here; it is read where it is defined, if anywhere.
                    if (!child.IsDefinition() && !clang_getCursorDefinition(child).IsNull()) break;
                    if (clang_Cursor_isAnonymousRecordDecl(child) != 0)
                    {
                        var fieldName = $"__anon{anonymousMembers++}";
                        ctx.Names.Assign(child, name + fieldName, null);
                        fields.Add(new CField(fieldName, ctx.Types.Map(child.Type()), AnonymousMemberOffset(decl.Type(), child)) { IsAnonymous = true });
                    }
                    Read(child, nestedRecords, enumsOut, emitted);
                    break;
                case CXCursorKind.EnumDecl:
                    if (emitted.Add(child.DeclKey())) enumsOut.Add(enums.Read(child));
                    break;
                case CXCursorKind.FieldDecl:
                    // Unnamed bitfields are padding; the named fields carry explicit offsets.
                    var field = child.Spelling();
                    if (field.Length == 0) break;
                    fields.Add(new CField(field, ctx.Types.MapDeclared(child, child.Type()), clang_Cursor_getOffsetOfField(child))
                    {
                        BitWidth = clang_Cursor_isBitField(child) != 0 ? clang_getFieldDeclBitWidth(child) : null,
                        Doc = ctx.Comments.ForMember(child),
                    });
                    break;
                case CXCursorKind.PackedAttr:
                    packed = true;
                    break;
            }
        }

        var type = decl.Type();
        records.Add(new CRecord(name, location, isUnion, fields)
        {
            Size = type.SizeOf(),
            Align = type.AlignOf(),
            IsPacked = packed || AlignedBelowFields(type.AlignOf(), fields),
            IsAnonymous = anonymous,
            CSpelling = anonymous ? ctx.Names.CSpellingOf(decl) : null,
            // `T x[]` and GNU's zero-length `T x[0]`: both are a flexible array member.
            HasFlexibleArray = fields.Count > 0 && fields[^1].Type.Canonical is CArrayType { Length: null or 0 },
            Doc = doc,
        });
        records.AddRange(nestedRecords);
    }

    /// <summary>
    /// `struct { … } field;` and `enum { … } field;` take the name Parent_field (first field using them), and the
    /// C spelling `__typeof__(((Parent *)0)->field)` (through `*` and `[0]` for pointer and array fields), which
    /// C accepts wherever a type goes; when the parent itself cannot be spelled, neither can they.
    /// </summary>
    private void NameUnnamedTypes(string parent, string? parentSpelling, List<CXCursor> children)
    {
        var unnamed = children
            .Where(c => c.Kind() is CXCursorKind.StructDecl or CXCursorKind.UnionDecl or CXCursorKind.EnumDecl)
            .Where(c => clang_Cursor_isAnonymousRecordDecl(c) == 0 && clang_Cursor_isAnonymous(c) != 0)
            .ToDictionary(c => c.DeclKey());
        if (unnamed.Count == 0) return;
        foreach (var field in children.Where(c => c.Kind() == CXCursorKind.FieldDecl))
        {
            var key = BaseDeclaration(field.Type()).DeclKey();
            if (unnamed.Remove(key, out var decl))
                ctx.Names.Assign(decl, $"{parent}_{field.Spelling()}", parentSpelling is null ? null : $"__typeof__({FieldExpression(parentSpelling, field)})");
        }
    }

    /// <summary>An expression whose type is the record/enum a field is built on: `*((P *)0)->f` for `T *f`, `(((P *)0)->f)[0]` for `T f[N]`.</summary>
    private static string FieldExpression(string parentSpelling, CXCursor field)
    {
        var expr = $"(({parentSpelling} *)0)->{field.Spelling()}";
        var type = field.Type();
        while (true)
        {
            type = type.Unelaborated();
            switch (type.kind)
            {
                case CXTypeKind.Pointer: expr = $"*({expr})"; type = clang_getPointeeType(type); break;
                case CXTypeKind.ConstantArray or CXTypeKind.IncompleteArray: expr = $"({expr})[0]"; type = clang_getArrayElementType(type); break;
                default: return expr;
            }
        }
    }

    /// <summary>Through pointers and arrays to the record/enum a field's type is built on.</summary>
    private static CXCursor BaseDeclaration(CXType type)
    {
        while (true)
        {
            type = type.Unelaborated();
            switch (type.kind)
            {
                case CXTypeKind.Pointer: type = clang_getPointeeType(type); break;
                case CXTypeKind.ConstantArray or CXTypeKind.IncompleteArray: type = clang_getArrayElementType(type); break;
                default: return type.Declaration();
            }
        }
    }

    /// <summary>
    /// libclang does not expose the implicit field of an anonymous member, but a named field
    /// reachable through it has an offset both in the parent and in the member.
    /// </summary>
    private static long AnonymousMemberOffset(CXType parent, CXCursor member)
    {
        var leaf = FirstNamedField(member);
        if (leaf is null) return -1;
        return parent.OffsetOf(leaf) - member.Type().OffsetOf(leaf);
    }

    private static string? FirstNamedField(CXCursor record)
    {
        foreach (var child in record.Children())
        {
            if (child.Kind() == CXCursorKind.FieldDecl && child.Spelling() is { Length: > 0 } name) return name;
            if (clang_Cursor_isAnonymousRecordDecl(child) != 0 && FirstNamedField(child) is { } nested) return nested;
        }
        return null;
    }

    /// <summary>#pragma pack leaves no attribute; it shows as a record aligned below its widest field.</summary>
    private static bool AlignedBelowFields(long align, List<CField> fields) =>
        align > 0 && fields.Any(f => f.BitWidth is null && f.Type.Align > align);
}
