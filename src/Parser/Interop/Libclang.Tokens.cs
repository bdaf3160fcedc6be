using System.Runtime.InteropServices;

namespace Bindgen.Parser.Interop;

// Lexer access, used to recover macro bodies.
internal static unsafe partial class Libclang
{
    [LibraryImport(Library)]
    internal static partial void clang_tokenize(nint TU, CXSourceRange Range, CXToken** Tokens, uint* NumTokens);

    [LibraryImport(Library)]
    internal static partial void clang_disposeTokens(nint TU, CXToken* Tokens, uint NumTokens);

    [LibraryImport(Library)]
    internal static partial CXTokenKind clang_getTokenKind(CXToken token);

    [LibraryImport(Library)]
    internal static partial CXString clang_getTokenSpelling(nint TU, CXToken token);

    [LibraryImport(Library)]
    internal static partial CXSourceRange clang_getTokenExtent(nint TU, CXToken token);
}
