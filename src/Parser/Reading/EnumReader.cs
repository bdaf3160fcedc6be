using Bindgen.Model.C;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Reading;

internal sealed class EnumReader(ParseContext ctx)
{
    public CEnum Read(CXCursor decl)
    {
        var underlying = ctx.Types.Map(clang_getEnumDeclIntegerType(decl));
        // libclang has a signed and an unsigned getter; only the one matching the underlying type is exact.
        var unsigned = underlying.Canonical is CPrimitiveType { IsSigned: false };
        var constants = new List<CEnumConstant>();
        foreach (var child in decl.Children())
        {
            if (child.Kind() != CXCursorKind.EnumConstantDecl) continue;
            var value = unsigned ? unchecked((long)clang_getEnumConstantDeclUnsignedValue(child)) : clang_getEnumConstantDeclValue(child);
            constants.Add(new CEnumConstant(child.Spelling(), value) { Doc = ctx.Comments.ForMember(child) });
        }
        return new CEnum(ctx.Names.NameOf(decl), ctx.Filter.Location(decl), underlying, constants)
        {
            IsAnonymous = ctx.Names.IsAnonymous(decl),
            CSpelling = ctx.Names.IsAnonymous(decl) ? ctx.Names.CSpellingOf(decl) : null,
            Doc = ctx.Comments.ForDeclaration(decl, endsWithSemicolon: false),
        };
    }
}
