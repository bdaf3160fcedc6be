using Bindgen.Model.C;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Reading;

internal sealed class FunctionReader(ParseContext ctx)
{
    public CFunction Read(CXCursor decl)
    {
        var type = decl.Type();
        var count = Math.Max(clang_Cursor_getNumArguments(decl), 0);
        var parameters = new List<CParam>(count);
        for (uint i = 0; i < count; i++)
        {
            var arg = clang_Cursor_getArgument(decl, i);
            var name = arg.Spelling();
            var mapped = ctx.Types.MapDeclared(arg, arg.Type());
            parameters.Add(name.Length == 0 ? new CParam($"p{i + 1}", mapped) { Unnamed = true } : new CParam(name, mapped));
        }
        var storage = clang_Cursor_getStorageClass(decl);
        // A static function in a header is only ever a definition; a C99 `inline` definition without
        // `extern` emits no symbol either. Both need a C shim to be called from outside.
        var isInline = storage == CX_StorageClass.Static
            || (clang_Cursor_isFunctionInlined(decl) != 0 && storage != CX_StorageClass.Extern && decl.IsDefinition());
        return new CFunction(decl.Spelling(), ctx.Filter.Location(decl), ctx.Types.Map(clang_getCursorResultType(decl)), parameters)
        {
            IsVariadic = type.kind == CXTypeKind.FunctionProto && clang_isFunctionTypeVariadic(type) != 0,
            IsInline = isInline,
            CallingConvention = TypeMapper.CallingConventionName(clang_getFunctionTypeCallingConv(type)),
            Doc = ctx.Comments.ForDeclaration(decl, endsWithSemicolon: !decl.IsDefinition()),
        };
    }
}
