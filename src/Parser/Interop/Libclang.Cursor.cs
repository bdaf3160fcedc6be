using System.Runtime.InteropServices;

namespace Bindgen.Parser.Interop;

// Cursors: traversal and declaration properties.
internal static unsafe partial class Libclang
{
    [LibraryImport(Library)]
    internal static partial uint clang_visitChildren(
        CXCursor parent, delegate* unmanaged<CXCursor, CXCursor, nint, CXChildVisitResult> visitor, nint client_data);

    [LibraryImport(Library)]
    internal static partial CXCursorKind clang_getCursorKind(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXString clang_getCursorSpelling(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXType clang_getCursorType(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXSourceLocation clang_getCursorLocation(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXSourceRange clang_getCursorExtent(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXCursor clang_getCursorDefinition(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXCursor clang_getCanonicalCursor(CXCursor C);

    [LibraryImport(Library)]
    internal static partial uint clang_isCursorDefinition(CXCursor C);

    [LibraryImport(Library)]
    internal static partial int clang_Cursor_isNull(CXCursor cursor);

    [LibraryImport(Library)]
    internal static partial uint clang_isInvalidDeclaration(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CX_StorageClass clang_Cursor_getStorageClass(CXCursor C);

    [LibraryImport(Library)]
    internal static partial uint clang_Cursor_isFunctionInlined(CXCursor C);

    [LibraryImport(Library)]
    internal static partial uint clang_Cursor_isVariadic(CXCursor C);

    [LibraryImport(Library)]
    internal static partial int clang_Cursor_getNumArguments(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXCursor clang_Cursor_getArgument(CXCursor C, uint i);

    [LibraryImport(Library)]
    internal static partial CXType clang_getCursorResultType(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXType clang_getTypedefDeclUnderlyingType(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXType clang_getEnumDeclIntegerType(CXCursor C);

    [LibraryImport(Library)]
    internal static partial long clang_getEnumConstantDeclValue(CXCursor C);

    [LibraryImport(Library)]
    internal static partial ulong clang_getEnumConstantDeclUnsignedValue(CXCursor C);

    [LibraryImport(Library)]
    internal static partial int clang_getFieldDeclBitWidth(CXCursor C);

    [LibraryImport(Library)]
    internal static partial uint clang_Cursor_isBitField(CXCursor C);

    [LibraryImport(Library)]
    internal static partial long clang_Cursor_getOffsetOfField(CXCursor C);

    [LibraryImport(Library)]
    internal static partial uint clang_Cursor_isAnonymous(CXCursor C);

    [LibraryImport(Library)]
    internal static partial uint clang_Cursor_isAnonymousRecordDecl(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXString clang_Cursor_getRawCommentText(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXSourceRange clang_Cursor_getCommentRange(CXCursor C);

    [LibraryImport(Library)]
    internal static partial uint clang_Cursor_isMacroFunctionLike(CXCursor C);

    [LibraryImport(Library)]
    internal static partial uint clang_Cursor_isMacroBuiltin(CXCursor C);
}
