using System.Runtime.InteropServices;

namespace Bindgen.Parser.Interop;

// CXType queries: spelling, qualifiers, layout and structure.
internal static unsafe partial class Libclang
{
    [LibraryImport(Library)]
    internal static partial CXString clang_getTypeSpelling(CXType CT);

    [LibraryImport(Library)]
    internal static partial CXString clang_getTypeKindSpelling(CXTypeKind K);

    [LibraryImport(Library)]
    internal static partial CXType clang_getCanonicalType(CXType T);

    [LibraryImport(Library)]
    internal static partial uint clang_isConstQualifiedType(CXType T);

    [LibraryImport(Library)]
    internal static partial uint clang_isVolatileQualifiedType(CXType T);

    [LibraryImport(Library)]
    internal static partial long clang_Type_getSizeOf(CXType T);

    [LibraryImport(Library)]
    internal static partial long clang_Type_getAlignOf(CXType T);

    [LibraryImport(Library)]
    internal static partial long clang_Type_getOffsetOf(CXType T, byte* S);

    [LibraryImport(Library)]
    internal static partial CXType clang_getPointeeType(CXType T);

    [LibraryImport(Library)]
    internal static partial CXCursor clang_getTypeDeclaration(CXType T);

    [LibraryImport(Library)]
    internal static partial CXType clang_getResultType(CXType T);

    [LibraryImport(Library)]
    internal static partial int clang_getNumArgTypes(CXType T);

    [LibraryImport(Library)]
    internal static partial CXType clang_getArgType(CXType T, uint i);

    [LibraryImport(Library)]
    internal static partial uint clang_isFunctionTypeVariadic(CXType T);

    [LibraryImport(Library)]
    internal static partial CXCallingConv clang_getFunctionTypeCallingConv(CXType T);

    [LibraryImport(Library)]
    internal static partial CXType clang_getArrayElementType(CXType T);

    [LibraryImport(Library)]
    internal static partial long clang_getArraySize(CXType T);

    [LibraryImport(Library)]
    internal static partial CXType clang_Type_getNamedType(CXType T);

    [LibraryImport(Library)]
    internal static partial CXString clang_getTypedefName(CXType CT);

    [LibraryImport(Library)]
    internal static partial CXType clang_Type_getModifiedType(CXType T);
}
