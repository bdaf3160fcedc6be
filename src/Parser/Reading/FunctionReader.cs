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
            var param = ReadParam(arg, arg.Type(), name.Length == 0 ? $"p{i + 1}" : name);
            parameters.Add(name.Length == 0 ? param with { Unnamed = true } : param);
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

    /// <summary>
    /// A parameter declared as an array is a pointer to its element (C11 6.7.6.3p7): `const uint8_t buf[16]`, `buf[]`,
    /// `buf[static 16]`, the variably-modified `buf[(*size)]` and a typedef of an array all reach the binder (and every
    /// emitter) as `T *`, so every role a pointer can have applies and no target has to spell `[(*size)]`, which cffi cannot parse.
    /// </summary>
    private CParam ReadParam(CXCursor arg, CXType type, string name)
    {
        var declared = type.Spelling();
        CType? element = null;
        long? length = null;
        if (type.kind is CXTypeKind.VariableArray or CXTypeKind.DependentSizedArray)
            element = ctx.Types.Map(clang_getArrayElementType(type));
        var mapped = element is null ? ctx.Types.MapDeclared(arg, type) : null;
        if (mapped?.Canonical is CArrayType array)
        {
            element = array.Element;
            length = array.Length;
            // `const key_t k` with `typedef uint8_t key_t[16]`: the const qualifies the elements (C11 6.7.3p9).
            if (mapped.IsConst && !element.IsConst) element = element with { IsConst = true, Spelling = "const " + element.Spelling };
        }
        if (element is null) return new CParam(name, mapped!);
        var spelling = element.Spelling.EndsWith('*') ? element.Spelling + "*" : element.Spelling + " *";
        var pointer = new CPointerType(element) { Spelling = spelling, Size = IntPtr.Size, Align = IntPtr.Size };
        return new CParam(name, pointer) { DeclaredArray = declared, ArrayLength = length };
    }
}
